"""verify-document reads what a record PDF says and compares it with the stored record.

Every forgery is made from a real record: its content stream edited with pypdf and re-saved,
its pages mixed with another record's, or its code put on another record.
"""

from __future__ import annotations

import dataclasses
import io

import pytest
from pypdf import PdfReader, PdfWriter

from kiosk.content import load_content
from kiosk.domain.checklist import Answer, Choice
from kiosk.services.checkin import submit_checkin
from kiosk.services.documents import (
    render_consent_record,
    stored_record_facts,
    verify_consent_document,
)
from tests.fixtures.database import TEST_ZONE, fixed_clock, make_submission
from tests.kiosk.documents.pdfcheck import text_of


def _content(language: str):
    return load_content(language)


@pytest.fixture
def records(session_factory, settings):
    """Two real consent records: Ana García's and Bea Bravo's (the shipped English content)."""
    bundle = load_content("en")
    out = {}
    for first, last in (("Ana", "García"), ("Bea", "Bravo")):
        submission = make_submission(
            bundle.checklist,
            consent=bundle.consent,
            first_name=first,
            last_name=last,
            answers={"retinoids": Answer("retinoids", Choice.WITHIN_WINDOW, 2)}
            if first == "Bea"
            else None,
        )
        visit = submit_checkin(
            session_factory,
            submission,
            checklist=bundle.checklist,
            consent=bundle.consent,
            zone=TEST_ZONE,
            clock=fixed_clock(),
        ).visit_id
        doc = render_consent_record(
            session_factory, visit, settings=settings, actor=None, content=_content
        )
        out[first] = doc
    return out


def verify(session_factory, settings, pdf: bytes):
    result = verify_consent_document(session_factory, pdf, settings=settings, content=_content)
    print(">>", result.message)  # shown with -s: what the operator reads
    return result


def edit_stream(pdf: bytes, *replacements: tuple[bytes, bytes], page: int = 0) -> bytes:
    """Edit the page's content stream as someone with a PDF library would, and re-save."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    target = writer.pages[page]
    stream = target.get_contents()
    data = stream.get_data()
    for old, new in replacements:
        assert old in data, old
        data = data.replace(old, new)
    stream.set_data(data)
    target.replace_contents(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_real_record_is_genuine(session_factory, settings, records):
    result = verify(session_factory, settings, records["Ana"].pdf)
    assert result.ok, result.message
    assert result.message.startswith("Genuine")


def test_edited_text_resaved_is_not_genuine(session_factory, settings, records):
    forged = edit_stream(
        records["Ana"].pdf, (b"(Ana Garc", b"(Eva Garc"), (b"(May 17, 1990)", b"(May 17, 1980)")
    )
    assert "Eva García" in text_of(forged)  # the forgery reads as intended
    result = verify(session_factory, settings, forged)
    assert not result.ok
    assert result.message.startswith("NOT GENUINE")
    assert "patient: the document says 'Eva García', the record says 'Ana García'" in result.message
    assert "date of birth: the document says 'May 17, 1980'" in result.message


def test_an_edited_answer_is_not_genuine(session_factory, settings, records):
    pdf = records["Bea"].pdf
    assert b"(Never)" in PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data()
    data = PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data()
    # Bea used a retinoid 2 days ago; the forger makes it read "Never" like the others.
    start = data.index(b"retinoid")
    answer = data.index(b") Tj", data.index(b"(", data.index(b"Tf", start + 20)))
    opened = data.rindex(b"(", 0, answer)
    forged = edit_stream(pdf, (data[opened : answer + 1], b"(Never)"))
    result = verify(session_factory, settings, forged)
    assert not result.ok
    assert (
        "the answer to 'When did you last put a retinoid on your skin?':"
        " the document says 'Never', the record says 'In the last 3 days'"
    ) in result.message


def test_pages_from_another_record_are_not_genuine(session_factory, settings, records):
    ana = PdfReader(io.BytesIO(records["Ana"].pdf))
    bea = PdfReader(io.BytesIO(records["Bea"].pdf))
    writer = PdfWriter()
    for page in bea.pages:
        writer.add_page(page)
    writer.add_metadata(dict(ana.metadata))  # Ana's code in the metadata
    out = io.BytesIO()
    writer.write(out)
    result = verify(session_factory, settings, out.getvalue())
    assert not result.ok
    assert "page 1 carries another record's code" in result.message
    assert "the record says 'Ana García'" in result.message


def test_a_blank_page_carrying_only_the_code_is_not_genuine(session_factory, settings, records):
    pdf = records["Ana"].pdf
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    page = writer.pages[0]
    stream = page.get_contents()
    data = stream.get_data()
    footer = data[: data.index(b"ET", data.index(b"Verification code")) + 2]
    stream.set_data(footer + b"\n")
    page.replace_contents(stream)
    out = io.BytesIO()
    writer.write(out)
    result = verify(session_factory, settings, out.getvalue())
    assert not result.ok
    assert "page 1 is blank apart from the code" in result.message


def test_another_visits_record_with_this_code_is_not_genuine(session_factory, settings, records):
    ana, bea = records["Ana"], records["Bea"]
    grouped = lambda code: " ".join(code[i : i + 8] for i in range(0, 64, 8)).encode()  # noqa: E731
    forged = edit_stream(
        bea.pdf,
        (bea.sha256.encode(), ana.sha256.encode()),
        (grouped(bea.sha256), grouped(ana.sha256)),
    )
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(forged)))
    writer.add_metadata({"/Keywords": f"kind:consent_record, verification:{ana.sha256}"})
    out = io.BytesIO()
    writer.write(out)
    result = verify(session_factory, settings, out.getvalue())
    assert not result.ok
    assert "patient: the document says 'Bea Bravo', the record says 'Ana García'" in result.message
    assert "the answer to 'When did you last put a retinoid on your skin?'" in result.message


def test_the_metadata_carries_no_patient_name(records):
    meta = PdfReader(io.BytesIO(records["Ana"].pdf)).metadata
    assert all("Ana" not in str(value) and "García" not in str(value) for value in meta.values())


def test_the_stored_facts_for_a_paper_copy(session_factory, settings, records):
    rows = dict(
        stored_record_facts(
            session_factory, records["Ana"].sha256, settings=settings, content=_content
        )
    )
    assert rows["Patient"] == "Ana García"
    assert rows["Date of birth"] == "May 17, 1990"
    assert rows["Typed name"] == "Ana García"
    assert rows["When did you last put a retinoid on your skin?"] == "Never"
    assert rows["Verification code"].endswith("(stored record unchanged)")
    assert stored_record_facts(session_factory, "0" * 64, settings=settings) is None


def test_a_record_prints_its_own_wording_after_the_content_moved_on(
    session_factory, settings, records
):
    """New consent version and a reworded question in the content files: the old record still
    prints what the patient saw, from the database alone."""
    old = load_content("en")
    reworded = dataclasses.replace(
        old,
        consent=dataclasses.replace(old.consent, version="2099.1", paragraphs=("New text.",)),
        checklist=dataclasses.replace(
            old.checklist,
            version="2099.1",
            items=tuple(
                dataclasses.replace(i, question=f"NEW {i.question}") for i in old.checklist.items
            ),
        ),
    )
    with pytest.raises(AssertionError):
        assert reworded.consent.text == old.consent.text
    doc = render_consent_record(
        session_factory,
        1,
        settings=settings,
        actor=None,
        content=lambda language: reworded,
    )
    printed = text_of(doc.pdf)
    assert old.consent.paragraphs[0].split()[0] in printed
    assert "New text." not in printed and "NEW " not in printed
    assert "no longer in the content files" not in printed
    assert "When did you last put a retinoid on your skin? Never" in printed
    assert "answers_" not in printed and "within_window" not in printed

    def no_content(language: str):
        raise FileNotFoundError("the content folder is gone")

    bare = render_consent_record(
        session_factory, 1, settings=settings, actor=None, content=no_content
    )
    assert text_of(bare.pdf) == printed.replace(doc.sha256, bare.sha256)


def test_the_record_carries_the_clinics_signature_of_its_code(session_factory, settings, records):
    from kiosk.services.documents import record_mac

    ana = records["Ana"]
    keywords = PdfReader(io.BytesIO(ana.pdf)).metadata["/Keywords"]
    assert f"record-mac:{record_mac(session_factory, ana.sha256)}" in keywords
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(ana.pdf)))
    writer.add_metadata(
        {"/Keywords": f"kind:consent_record, verification:{ana.sha256}, record-mac:{'0' * 64}"}
    )
    out = io.BytesIO()
    writer.write(out)
    result = verify(session_factory, settings, out.getvalue())
    assert not result.ok
    assert "its embedded clinic signature does not match its code" in result.message


def test_a_clinic_that_moved_still_recognises_its_old_records(session_factory, settings, records):
    moved = dataclasses.replace(
        settings, clinic=dataclasses.replace(settings.clinic, name="Bright Skin, New Street")
    )
    result = verify(session_factory, moved, records["Ana"].pdf)
    assert result.ok, result.message
