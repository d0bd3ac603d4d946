"""The types the services hand to screens import without SQLAlchemy or Qt.

A screen (or a test of one) that only shows a queue row or a visit should not pay for the
database layer, and the results must not tie the front end to it.
"""

from __future__ import annotations

import dataclasses
import inspect
import pkgutil
import sys
import typing

import kiosk.services.results as results
from kiosk.services.binding import NurseServices
from tests.import_probe import loaded_after_importing

HEAVY = ("sqlalchemy", "PySide6", "shiboken6")
LIGHT_HOMES = ("kiosk.services.results.", "kiosk.domain.")
# Returned by the binding but still defined beside their service, with the reason.
NOT_YET_LIGHT: dict[str, str] = {}


def result_modules() -> list[str]:
    return [info.name for info in pkgutil.iter_modules(results.__path__, "kiosk.services.results.")]


def test_every_result_module_imports_without_sqlalchemy_or_qt() -> None:
    modules = result_modules()
    assert "kiosk.services.results.visit" in modules and "kiosk.services.results.queue" in modules
    assert loaded_after_importing(modules, HEAVY) == []


def _dataclasses_in(hint: object) -> typing.Iterator[type]:
    """The dataclasses named in a type hint, through list[...], tuple[...], X | None."""
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        yield hint
    for argument in typing.get_args(hint):
        yield from _dataclasses_in(argument)


def _binding_returns() -> dict[str, type]:
    """Every dataclass a public NurseServices method returns, by its name."""
    import kiosk.services.documents as documents
    import kiosk.services.printing as printing

    # the binding names some types under TYPE_CHECKING only
    names = {**vars(documents), **vars(printing), **vars(sys.modules[NurseServices.__module__])}
    found: dict[str, type] = {}
    for name, member in inspect.getmembers(NurseServices, inspect.isfunction):
        if name.startswith("_") or name == "from_settings":
            continue
        hint = typing.get_type_hints(member, globalns=names).get("return")
        found.update((cls.__name__, cls) for cls in _dataclasses_in(hint))
    return found


def test_what_the_binding_returns_lives_in_a_light_module() -> None:
    returned = _binding_returns()
    assert {"VisitBundle", "QueueRow", "DecisionResult", "StaffMember"} <= set(returned)
    heavy = {
        name: cls.__module__
        for name, cls in returned.items()
        if not cls.__module__.startswith(LIGHT_HOMES) and NOT_YET_LIGHT.get(name) != cls.__module__
    }
    assert heavy == {}


def test_a_visit_bundle_reaches_its_parts_through_light_modules() -> None:
    """The detail, its rows and the reading a visit page shows are light too (not only
    what a method names as its return type)."""
    from kiosk.services.results.visit import VisitBundle

    seen: set[type] = set()
    pending: list[type] = [VisitBundle]
    while pending:
        cls = pending.pop()
        if cls in seen:
            continue
        seen.add(cls)
        module = sys.modules[cls.__module__]
        for hint in typing.get_type_hints(cls, globalns=vars(module)).values():
            pending.extend(_dataclasses_in(hint))
    assert len(seen) > 8
    assert [c.__qualname__ for c in seen if not c.__module__.startswith(LIGHT_HOMES)] == []
