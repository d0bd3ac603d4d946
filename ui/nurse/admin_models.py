"""The administration lists as Qt table models, tested without a window.

:class:`StaffTableModel` holds ``StaffMember`` values; :class:`AuditTableModel` holds
``AuditEventView`` values and shows each as a sentence in the nurse's language
(:mod:`ui.nurse.audit_words`), with the staff names it knows. Item views draw plain text:
a name with ``<b>`` or ``&`` shows exactly as stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kiosk.domain.staff import Role
from ui.nurse.audit_words import event_text, isolate, record_text, who_text
from ui.nurse.formatting import ZoneSource, format_datetime, zone_reader

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


def role_text(role: Role | str) -> str:
    return {
        Role.ADMIN: QCoreApplication.translate("NurseAdmin", "Administrator"),
        Role.NURSE: QCoreApplication.translate("NurseAdmin", "Nurse"),
    }[Role(role)]


class _ListModel(QAbstractTableModel):
    """A flat list of values shown as plain text, one row each; the display text is also
    the tooltip (a long sentence reads whole). A subclass names its columns and titles, the
    text of a cell and the id a row stands for."""

    columns: type[IntEnum]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.titles()[self.columns(section)]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.row_id(self.rows[index.row()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), self.columns(index.column()))
        return None

    def titles(self) -> dict[Any, str]:
        """Column titles in the current language (asked each time: the language may change)."""
        raise NotImplementedError

    def text(self, row: int, column: Any) -> str:
        raise NotImplementedError

    def row_id(self, value: Any) -> int:
        raise NotImplementedError


class StaffColumn(IntEnum):
    NAME = 0
    CODE = 1
    ROLE = 2
    STATE = 3


class StaffTableModel(_ListModel):
    """One row per account: name, staff code, role, state (active, locked, disabled)."""

    columns = StaffColumn

    @property
    def members(self) -> list[Any]:
        return self.rows

    def set_members(self, members: Sequence[Any]) -> None:
        self.set_rows(members)

    def member(self, row: int) -> Any:
        return self.rows[row]

    def row_of(self, staff_id: int) -> int | None:
        return next((n for n, m in enumerate(self.rows) if m.staff_id == staff_id), None)

    def names(self) -> dict[int, str]:
        return {m.staff_id: m.name for m in self.rows}

    def titles(self) -> dict[Any, str]:
        return {
            StaffColumn.NAME: QCoreApplication.translate("NurseAdmin", "Name"),
            StaffColumn.CODE: QCoreApplication.translate("NurseAdmin", "Staff code"),
            StaffColumn.ROLE: QCoreApplication.translate("NurseAdmin", "Role"),
            StaffColumn.STATE: QCoreApplication.translate("NurseAdmin", "Account"),
        }

    def text(self, row: int, column: Any) -> str:
        member = self.rows[row]
        if column is StaffColumn.NAME:
            return str(member.name)
        if column is StaffColumn.CODE:
            return str(member.code)
        if column is StaffColumn.ROLE:
            return role_text(member.role)
        return state_text(member)

    def row_id(self, value: Any) -> int:
        return int(value.staff_id)


def state_text(member: Any) -> str:
    if not member.active:
        return QCoreApplication.translate("NurseAdmin", "Disabled")
    if member.locked:
        return QCoreApplication.translate("NurseAdmin", "Locked: an administrator must unlock")
    return QCoreApplication.translate("NurseAdmin", "Active")


class AuditColumn(IntEnum):
    WHEN = 0
    WHO = 1
    WHAT = 2
    RECORD = 3


class AuditTableModel(_ListModel):
    """Audit events, newest first, each in words; the full sentence is also the tooltip."""

    columns = AuditColumn

    def __init__(self, zone: ZoneSource, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone_of = zone_reader(zone)
        self.names: dict[int, str] = {}

    def set_events(self, events: Sequence[Any], names: dict[int, str]) -> None:
        self.names = dict(names)
        self.set_rows(events)

    def titles(self) -> dict[Any, str]:
        return {
            AuditColumn.WHEN: QCoreApplication.translate("NurseAdmin", "When"),
            AuditColumn.WHO: QCoreApplication.translate("NurseAdmin", "Who"),
            AuditColumn.WHAT: QCoreApplication.translate("NurseAdmin", "What happened"),
            AuditColumn.RECORD: QCoreApplication.translate("NurseAdmin", "Record"),
        }

    def text(self, row: int, column: Any) -> str:
        event = self.rows[row]
        if column is AuditColumn.WHEN:
            return format_datetime(event.at, self._zone_of())
        if column is AuditColumn.WHO:
            return who_text(event.actor, self.names)
        if column is AuditColumn.RECORD:
            return record_text(event.subject, self.names)
        return event_text(event.action, event.actor, event.subject, event.details, self.names)

    def row_id(self, value: Any) -> int:
        return int(value.seq)


__all__ = [
    "ID_ROLE",
    "AuditColumn",
    "AuditTableModel",
    "StaffColumn",
    "StaffTableModel",
    "isolate",
    "role_text",
    "state_text",
]
