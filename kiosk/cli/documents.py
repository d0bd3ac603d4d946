"""``clinic-kiosk`` commands for documents: render, print, preview and verify.

``register(subparsers)`` adds the commands; each sets ``handler(args, settings, open_db)``
returning the exit status (``open_db`` is a no-argument callable returning a
:class:`kiosk.storage.Database`, opened only by commands that need it). Bad input gives one
line on standard error and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.cli.context import Handler, OpenDb
from kiosk.config import Settings
from kiosk.files import write_private

if TYPE_CHECKING:
    from kiosk.printing.backends import PrintBackend
    from kiosk.services.results.documents import RenderedDocument
    from kiosk.services.results.printing import PrintJobView
    from kiosk.storage import Database

USAGE_ERROR = 2


class _Refused(Exception):
    """One line for the operator."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``aftercare``, ``consent-record``, ``print``, ``preview`` and ``verify-document``."""
    after = subparsers.add_parser("aftercare", help="render a visit's aftercare sheet")
    _document_options(after)
    after.add_argument("--ics", type=Path, help="also write the next-session event (.ics)")
    after.set_defaults(handler=_guard(aftercare))

    consent = subparsers.add_parser("consent-record", help="render a visit's signed consent record")
    _document_options(consent)
    consent.set_defaults(handler=_guard(consent_record))

    prn = subparsers.add_parser("print", help="print a PDF file, or retry a stored print job")
    prn.add_argument("file", nargs="?", type=Path, help="the PDF to print")
    prn.add_argument(
        "--retry",
        metavar="JOB_ID",
        help="send a stored print job again, to the printer chosen now (a waiting copy is"
        " cancelled first)",
    )
    prn.add_argument("--cancel", metavar="JOB_ID", help="cancel a print job still waiting")
    _printer_options(prn)
    prn.set_defaults(handler=_guard(print_file))

    preview = subparsers.add_parser(
        "preview", help="render a sample document from the content files (no database)"
    )
    which = preview.add_subparsers(dest="preview_kind", metavar="DOCUMENT", required=True)
    pa = which.add_parser("aftercare", help="a sample aftercare sheet")
    _preview_options(pa)
    pa.add_argument("--areas", default="face", help="treated areas, e.g. face,eyes")
    pa.add_argument("--session", default="1", help="session number (1, 2, ...)")
    pa.add_argument("--ics", type=Path, help="also write the next-session event (.ics)")
    pa.set_defaults(handler=_guard(preview_aftercare))
    pc = which.add_parser("consent", help="a sample signed consent record")
    _preview_options(pc)
    pc.set_defaults(handler=_guard(preview_consent))

    verify = subparsers.add_parser(
        "verify-document", help="check a consent record PDF against the database"
    )
    verify.add_argument("file", type=Path, nargs="?", help="the consent record PDF")
    verify.add_argument(
        "--code", help="print the stored facts behind a code, to compare with a paper copy"
    )
    verify.set_defaults(handler=_guard(verify_document))


def _document_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("visit_id", help="the visit's number")
    parser.add_argument("-o", "--output", type=Path, help="write the PDF here")
    parser.add_argument("--print", dest="send", action="store_true", help="print it as well")
    _printer_options(parser)


def _printer_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--printer", help="printer queue (default: the configured one)")
    parser.add_argument("--backend", choices=("cups", "folder"), help="override the backend")


def _preview_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--name", default="Sample Patient", help="patient's name")
    parser.add_argument("--date", default=None, help="procedure date YYYY-MM-DD (default today)")
    parser.add_argument("--lang", default="en", help="language (en, es)")
    parser.add_argument("--paper", choices=("letter", "a4"), help="paper size")
    parser.add_argument("-o", "--output", type=Path, required=True, help="PDF file to write")


def _guard(handler: Handler) -> Handler:
    """Known failures become one line on stderr and exit status 2."""

    def run(args: argparse.Namespace, settings: Settings, open_db: OpenDb) -> int:
        try:
            return handler(args, settings, open_db)
        except _known_errors() as exc:
            print(f"clinic-kiosk: {exc}", file=sys.stderr)
            return USAGE_ERROR

    run.__doc__ = handler.__doc__
    return run


def _known_errors() -> tuple[type[BaseException], ...]:
    from kiosk.content import ContentError
    from kiosk.documents.fonts import FontError, MissingGlyphsError
    from kiosk.documents.layout import DocumentError
    from kiosk.printing.backends import PrintError
    from kiosk.services.errors import ServiceError

    return (
        _Refused,
        ContentError,
        DocumentError,
        FontError,
        MissingGlyphsError,
        PrintError,
        ServiceError,
        OSError,
    )


# -- handlers --------------------------------------------------------------------------------


def aftercare(args: argparse.Namespace, settings: Settings, open_db: OpenDb) -> int:
    from kiosk.services.documents import next_session_calendar, render_aftercare

    status = _render_stored(args, settings, open_db, render_aftercare)
    if args.ics:
        db = open_db()
        try:
            calendar = next_session_calendar(
                db.session_factory, int(args.visit_id), settings=settings
            )
        finally:
            db.dispose()
        write_private(args.ics, calendar.encode("utf-8"))
        print(f"Wrote {args.ics}")
    return status


def consent_record(args: argparse.Namespace, settings: Settings, open_db: OpenDb) -> int:
    from kiosk.services.documents import render_consent_record

    return _render_stored(args, settings, open_db, render_consent_record)


def _render_stored(
    args: argparse.Namespace,
    settings: Settings,
    open_db: OpenDb,
    render: Callable[..., RenderedDocument],
) -> int:
    from kiosk.services.documents import print_document

    visit_id = _integer(args.visit_id, "visit number")
    db = open_db()
    try:
        document = render(db.session_factory, visit_id, settings=settings, actor=None)
        target = args.output or Path(document.filename)
        write_private(target, document.pdf)
        print(f"Wrote {target} (document {document.document_id}, sha256 {document.sha256})")
        if args.send:
            current = _current(settings, db)
            job = print_document(
                db.session_factory,
                document,
                backend=_backend(current, args.backend),
                printer=args.printer or current.printing.default_printer,
                actor=None,  # the command line acts as the system (audited "system")
            )
            return _report_job(job)
        return 0
    finally:
        db.dispose()


def print_file(args: argparse.Namespace, settings: Settings, open_db: OpenDb) -> int:
    """``print FILE`` sends a PDF directly; ``print --retry JOB`` resends a stored job."""
    from kiosk.printing.backends import JobState, follow
    from kiosk.printing.problems import explain
    from kiosk.services.printing import PRINT_TIMEOUT

    if args.retry is not None or args.cancel is not None:
        from kiosk.services.documents import cancel_print_job, retry_print

        db = open_db()
        try:  # the printer and paper chosen now, in the app or the file
            current = _current(settings, db)
            backend = _backend(current, args.backend)
            if args.cancel is not None:
                job = cancel_print_job(
                    db.session_factory,
                    _integer(args.cancel, "print job id"),
                    backend=backend,
                    actor=None,
                )
                print(f"Cancelled: print job {job.job_id} will not print.")
                return 0
            job = retry_print(
                db.session_factory,
                _integer(args.retry, "print job id"),
                backend=backend,
                actor=None,
                printer=args.printer or current.printing.default_printer,
            )
        finally:
            db.dispose()
        return _report_job(job)
    backend = _backend(settings, args.backend)
    printer = args.printer or settings.printing.default_printer
    if args.file is None:
        raise _Refused("name a PDF file to print, or --retry JOB_ID, or --cancel JOB_ID")
    if not args.file.is_file():
        raise _Refused(f"{args.file}: no such file")
    if not args.file.read_bytes()[:5] == b"%PDF-":
        raise _Refused(f"{args.file}: not a PDF file")
    ref = backend.submit(args.file, printer, title=args.file.stem)
    status = follow(backend, ref, PRINT_TIMEOUT)
    if status.state is JobState.COMPLETED:
        print(f"Printed {args.file} (job {ref})")
        return 0
    if not status.state.final:
        why = status.message or explain("stuck", printer=printer)
        print(
            f"clinic-kiosk: job {ref} is stuck: {why} (cancel it with: cancel {ref})",
            file=sys.stderr,
        )
        return 1
    print(f"clinic-kiosk: job {ref} {status.state}: {status.message}", file=sys.stderr)
    return 1


def preview_aftercare(args: argparse.Namespace, settings: Settings, open_db: OpenDb) -> int:
    from kiosk.documents.aftercare import render_aftercare_pdf
    from kiosk.documents.preview import preview_aftercare_data, preview_date, preview_name

    data = preview_aftercare_data(
        settings,
        name=preview_name(args.name),
        procedure_date=preview_date(_day(args.date), date.today()),
        areas=args.areas.split(","),
        session=_integer(args.session, "session number"),
        language=_language(args.lang),
        paper=args.paper,
    )
    write_private(args.output, render_aftercare_pdf(data))
    print(f"Wrote {args.output}")
    if args.ics:
        write_private(args.ics, data.calendar.encode("utf-8"))
        print(f"Wrote {args.ics}")
    return 0


def preview_consent(args: argparse.Namespace, settings: Settings, open_db: OpenDb) -> int:
    from kiosk.documents.preview import preview_consent_pdf, preview_date, preview_name

    pdf = preview_consent_pdf(
        settings,
        name=preview_name(args.name),
        procedure_date=preview_date(_day(args.date), date.today()),
        language=_language(args.lang),
        paper=args.paper,
    )
    write_private(args.output, pdf)
    print(f"Wrote {args.output}")
    return 0


def verify_document(args: argparse.Namespace, settings: Settings, open_db: OpenDb) -> int:
    """Exit 0 when genuine, 1 when the document does not say what the database holds."""
    from kiosk.services.documents import stored_record_facts, verify_consent_document

    if args.code is not None:
        return _print_stored_facts(args.code, settings, open_db, stored_record_facts)
    if args.file is None:
        raise _Refused("give a consent record PDF, or --code CODE for a paper copy")
    if not args.file.is_file():
        raise _Refused(f"{args.file}: no such file")
    db = open_db()
    try:
        result = verify_consent_document(db.session_factory, args.file, settings=settings)
    finally:
        db.dispose()
    if result.ok:
        print(f"{args.file}: {result.message} (code {result.code})")
        return 0
    message = result.message
    if not message.startswith("NOT GENUINE"):
        message = f"NOT GENUINE: {message}"
    print(f"clinic-kiosk: {args.file}: {message}", file=sys.stderr)
    return 1


def _print_stored_facts(code: str, settings: Settings, open_db: OpenDb, facts: Any) -> int:
    cleaned = "".join(code.split()).lower()
    if len(cleaned) != 64 or any(c not in "0123456789abcdef" for c in cleaned):
        raise _Refused("a verification code is 64 hexadecimal digits (spaces allowed)")
    db = open_db()
    try:
        rows = facts(db.session_factory, cleaned, settings=settings)
    finally:
        db.dispose()
    if rows is None:
        print(f"clinic-kiosk: no consent record with code {cleaned} was issued", file=sys.stderr)
        return 1
    print("Stored record (compare each line with the paper copy):")
    for label, value in rows:
        print(f"  {label}: {value}")
    return 0


# -- small parsers ---------------------------------------------------------------------------


def _report_job(job: PrintJobView) -> int:
    if job.status == "completed":
        print(f"Printed: job {job.job_id} completed on {job.printer or 'the default printer'}")
        return 0
    hint = f"retry with: clinic-kiosk print --retry {job.job_id}"
    if job.status == "stuck":
        hint += f", or cancel with: clinic-kiosk print --cancel {job.job_id}"
    print(
        f"clinic-kiosk: print job {job.job_id} {job.status}: {job.error} ({hint})", file=sys.stderr
    )
    return 1


def _current(settings: Settings, db: Database) -> Settings:
    """The settings with the clinic's printer and paper as saved in the app."""
    from kiosk.services.clinic import current_settings

    return current_settings(db.session_factory, settings)


def _backend(settings: Settings, name: str | None) -> PrintBackend:
    from kiosk.printing.factory import backend_for

    return backend_for(settings, name)


def _integer(text: str, what: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise _Refused(f"the {what} must be a whole number, not {text!r}") from None
    if value < 1:
        raise _Refused(f"the {what} must be 1 or more")
    return value


def _day(text: str | None) -> date:
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _Refused(f"the date must look like 2026-03-31, not {text!r}") from None


def _language(text: str) -> str:
    from kiosk.content import available_languages

    languages = available_languages()
    if text not in languages:
        raise _Refused(f"no content in language {text!r} (available: {', '.join(languages)})")
    return text
