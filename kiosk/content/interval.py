"""``interval.toml``: the clinic's interval thresholds and the nurse's words for each finding.

Kept beside the other content files of a language and validated the same way (file, line and
field in every error), but outside the content bundle: it is the nurse's, never shown to a
patient, so editing it leaves the version and hash of what patients read unchanged.
"""

from __future__ import annotations

import functools
from pathlib import Path

from kiosk.content.errors import ContentError
from kiosk.content.fields import Node, Source
from kiosk.content.loader import load_content, read_source, resolve_root
from kiosk.content.locate import Locator
from kiosk.content.parsers import parse_version
from kiosk.domain.interval import PLACEHOLDERS, IntervalCode, IntervalRules, IntervalTexts

FILE = "interval.toml"
_FIELDS = (
    "version",
    "source",
    "reschedule_before_weeks",
    "review_before_weeks",
    "advised_sessions",
    "refresher_after_years",
    "reasons",
)


def load_interval(language: str, root: Path | str | None = None) -> IntervalTexts:
    """The validated interval content of ``language``; :class:`ContentError` on a problem."""
    return _load_cached(resolve_root(root), language)


def clear_cache() -> None:
    _load_cached.cache_clear()


@functools.lru_cache(maxsize=16)
def _load_cached(root: Path, language: str) -> IntervalTexts:
    path = root / language / FILE
    if not path.parent.is_dir():
        raise ContentError(path.parent, 0, "language", f'there is no content for "{language}"')
    _raw, text, data = read_source(path)
    node = Node(Source(path, Locator(text)), data)
    texts = parse_interval(node, language)
    _check_against_aftercare(node, texts, root)
    return texts


def parse_interval(root: Node, language: str) -> IntervalTexts:
    root.only(_FIELDS)
    minimum = root.required_integer("reschedule_before_weeks", minimum=1)
    review = root.required_integer("review_before_weeks", minimum=1)
    if review < minimum:
        root.fail("review_before_weeks", f"must be at least reschedule_before_weeks ({minimum})")
    rules = IntervalRules(
        reschedule_before_weeks=minimum,
        review_before_weeks=review,
        advised_sessions=root.required_integer("advised_sessions", minimum=1),
        refresher_after_years=root.required_integer("refresher_after_years", minimum=1),
    )
    reasons_node = root.table("reasons")
    reasons_node.only([code.value for code in IntervalCode])
    reasons = {
        code: reasons_node.required_text(code.value, placeholders=PLACEHOLDERS)
        for code in IntervalCode
    }
    return IntervalTexts(
        language=language,
        version=parse_version(root),
        source=root.required_text("source"),
        rules=rules,
        reasons=reasons,
    )


def _check_against_aftercare(node: Node, texts: IntervalTexts, root: Path) -> None:
    """The sheet's next-session window and refresher come from the same leaflet sentence."""
    aftercare = load_content(texts.language, root).aftercare
    rules = texts.rules
    weeks = (rules.reschedule_before_weeks, rules.review_before_weeks)
    if tuple(aftercare.next_session_weeks) != weeks:
        node.fail(
            "reschedule_before_weeks",
            f"{weeks[0]} to {weeks[1]} weeks differs from next_session_weeks"
            f" {list(aftercare.next_session_weeks)} in aftercare.toml",
        )
    if aftercare.refresher_years != rules.refresher_after_years:
        node.fail(
            "refresher_after_years",
            f"{rules.refresher_after_years} differs from refresher_years"
            f" {aftercare.refresher_years} in aftercare.toml",
        )
