"""One parser per content file: a validated TOML table -> the domain's dataclasses.

Each parser checks required fields and their types, known kinds, outcomes and areas, unique
keys and the placeholders each text may use; it raises :class:`ContentError` on the first
problem, naming the line and field.
"""

from __future__ import annotations

from types import MappingProxyType

from kiosk.content.bundle import Education, EducationPage
from kiosk.content.fields import Node, unique_keys
from kiosk.domain.aftercare import AftercareContent, AftercareParagraph, AftercareSection, Area
from kiosk.domain.checklist import CHOICES_BY_KIND, Checklist, ChecklistItem, ItemKind, Outcome
from kiosk.domain.consent import Acknowledgement, ConsentContent

MAX_WASHOUT_DAYS = 365


def parse_version(root: Node) -> str:
    version = root.required_text("version")
    if version != version.strip() or " " in version:
        root.fail("version", f'"{version}" must not contain spaces')
    return version


# -- checklist.toml ---------------------------------------------------------------------------


def parse_checklist(root: Node, language: str, sha256: str) -> Checklist:
    root.only({"version", "day_question", "choices", "items"})
    version = parse_version(root)
    labels = _choice_labels(root.table("choices"))
    items_nodes = root.tables("items")
    items = tuple(_item(node) for node in items_nodes)
    unique_keys(items_nodes)
    return Checklist(
        version=version,
        language=language,
        items=items,
        choice_labels=MappingProxyType(labels),  # shared by every screen: read-only
        day_question=root.required_text("day_question"),
        sha256=sha256,
    )


def _choice_labels(choices: Node) -> dict[str, str]:
    choices.only({kind.value for kind in ItemKind})
    labels: dict[str, str] = {}
    for kind, kind_choices in CHOICES_BY_KIND.items():
        table = choices.table(kind.value)
        table.only({c.value for c in kind_choices})
        for choice in kind_choices:
            labels[f"{kind}.{choice}"] = table.required_text(choice.value, placeholders={"days"})
    return labels


_ITEM_FIELDS = {
    "key",
    "kind",
    "question",
    "help",
    "outcome",
    "patient_note",
    "nurse_reason",
    "nurse_reason_not_sure",
    "washout_days",
    "examples",
}


def _item(node: Node) -> ChecklistItem:
    node.only(_ITEM_FIELDS)
    key = node.identifier("key")
    kind = node.choice("kind", ItemKind)
    outcome = node.choice("outcome", Outcome)
    assert kind is not None and outcome is not None
    washout = node.integer("washout_days", optional=True, minimum=1)
    if washout is not None and washout > MAX_WASHOUT_DAYS:
        node.fail("washout_days", f"must be at most {MAX_WASHOUT_DAYS} days, not {washout}")
    if kind is ItemKind.LAST_USED and washout is None:
        node.fail("washout_days", 'is needed by a "last_used" item (its answers count days)')
    nurse_reason = node.required_text("nurse_reason", placeholders={"eligible_from"})
    if washout is None and "{eligible_from}" in nurse_reason:
        node.fail("nurse_reason", "uses {eligible_from} but the item has no washout_days")
    return ChecklistItem(
        key=key,
        kind=kind,
        question=node.required_text("question"),
        help=node.required_text("help"),
        outcome=outcome,
        patient_note=node.required_text("patient_note"),
        nurse_reason=nurse_reason,
        washout_days=washout,
        examples=node.text_list("examples", optional=True),
        nurse_reason_not_sure=node.required_text("nurse_reason_not_sure"),
    )


# -- consent.toml -----------------------------------------------------------------------------


def parse_consent(root: Node, language: str, sha256: str) -> ConsentContent:
    root.only({"version", "title", "paragraphs", "acknowledgements"})
    nodes = root.tables("acknowledgements")
    acknowledgements = []
    for node in nodes:
        node.only({"key", "text"})
        acknowledgements.append(Acknowledgement(node.identifier("key"), node.required_text("text")))
    unique_keys(nodes)
    return ConsentContent(
        version=parse_version(root),
        language=language,
        title=root.required_text("title"),
        paragraphs=root.text_list("paragraphs"),
        acknowledgements=tuple(acknowledgements),
        sha256=sha256,
    )


# -- aftercare.toml ---------------------------------------------------------------------------

_AFTERCARE_FIELDS = {
    "version",
    "title",
    "sections",
    "next_session_weeks",
    "refresher_years",
    "next_session_title",
    "next_session_text",
    "refresher_title",
    "refresher_text",
    "questions_title",
    "questions_text",
}


def parse_aftercare(root: Node, language: str, sha256: str) -> AftercareContent:
    root.only(_AFTERCARE_FIELDS)
    sections_nodes = root.tables("sections")
    sections = tuple(_section(node) for node in sections_nodes)
    unique_keys(sections_nodes)
    return AftercareContent(
        version=parse_version(root),
        language=language,
        title=root.required_text("title"),
        sections=sections,
        next_session_title=root.required_text("next_session_title"),
        next_session_text=root.required_text("next_session_text", placeholders={"from", "to"}),
        refresher_title=root.required_text("refresher_title"),
        refresher_text=root.required_text("refresher_text", placeholders={"date"}),
        questions_title=root.required_text("questions_title"),
        questions_text=root.required_text("questions_text", placeholders={"phone"}),
        next_session_weeks=_weeks(root),
        refresher_years=root.required_integer("refresher_years", minimum=1),
        sha256=sha256,
    )


def _weeks(root: Node) -> tuple[int, int]:
    value = root.data.get("next_session_weeks")
    if value is None:
        root.fail("next_session_weeks", "this field is missing")
    ok = (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) and v >= 1 for v in value)
    )
    if not ok:
        root.fail("next_session_weeks", "must be two whole numbers of weeks, like [6, 8]")
    first, last = value
    if first > last:
        root.fail("next_session_weeks", f"the first number ({first}) is larger than the second")
    return (first, last)


def _section(node: Node) -> AftercareSection:
    node.only({"key", "title", "start_day", "end_day", "paragraphs"})
    start = node.required_integer("start_day", minimum=0)
    end = node.integer("end_day", optional=True, minimum=0)
    if end is not None and end < start:
        node.fail("end_day", f"end_day ({end}) is before start_day ({start})")
    paragraphs = []
    for paragraph in node.tables("paragraphs"):
        paragraph.only({"text", "requires_area"})
        paragraphs.append(
            AftercareParagraph(
                text=paragraph.required_text("text"),
                requires_area=paragraph.choice("requires_area", Area, optional=True),
            )
        )
    return AftercareSection(
        key=node.identifier("key"),
        title=node.required_text("title"),
        start_day=start,
        end_day=end,
        paragraphs=tuple(paragraphs),
    )


# -- education.toml ---------------------------------------------------------------------------


def parse_education(root: Node, language: str, sha256: str) -> Education:
    root.only({"version", "title", "pages"})
    nodes = root.tables("pages")
    pages = []
    for node in nodes:
        node.only({"key", "title", "paragraphs"})
        pages.append(
            EducationPage(
                key=node.identifier("key"),
                title=node.required_text("title"),
                paragraphs=node.text_list("paragraphs"),
            )
        )
    unique_keys(nodes)
    return Education(
        version=parse_version(root),
        language=language,
        title=root.required_text("title"),
        pages=tuple(pages),
        sha256=sha256,
    )
