"""The admin lists as table models, without a window: staff accounts and the audit in words."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from kiosk.domain.staff import Role
from kiosk.services.results.audit import AuditEventView
from kiosk.services.results.staff import StaffMember
from ui.nurse.admin_models import ID_ROLE, AuditTableModel, StaffTableModel

HOSTILE = ["Ben & Jerry", "<b>Bold</b> <img src=x>", "\u202eevil", "Zoë " + "x" * 90]
AT = datetime(2026, 3, 10, 15, 30, tzinfo=UTC)


def members() -> list[StaffMember]:
    return [
        StaffMember(1, "Alex Admin", Role.ADMIN, True, "101", False),
        StaffMember(2, HOSTILE[0], Role.NURSE, True, "102", True),
        StaffMember(3, HOSTILE[1], Role.NURSE, False, "103", False),
    ]


def test_staff_model_shows_names_literally_with_code_role_and_state(qtmodeltester):
    model = StaffTableModel()
    model.set_members(members())
    qtmodeltester.check(model)
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert rows == [
        ["Alex Admin", "101", "Administrator", "Active"],
        ["Ben & Jerry", "102", "Nurse", "Locked: an administrator must unlock"],
        ["<b>Bold</b> <img src=x>", "103", "Nurse", "Disabled"],
    ]
    assert model.index(2, 0).data(ID_ROLE) == 3
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) == "Ben & Jerry"
    assert model.row_of(3) == 2 and model.row_of(99) is None


def event(seq, actor, action, subject, **details) -> AuditEventView:
    return AuditEventView(seq, AT, actor, action, subject, details)


def test_audit_events_read_as_sentences_with_names_isolated(qtmodeltester):
    model = AuditTableModel("America/New_York")
    names = {1: "Alex Admin", 2: HOSTILE[2]}
    model.set_events(
        [
            event(9, "staff:2", "staff.signout", "staff:2", station="front", reason="idle"),
            event(8, "staff:1", "document.printed", "document:4", reprint=True, attempt=2),
            event(7, "staff:2", "visit.deferred", "visit:5", reason="Sun\u202eburn", version=2),
            event(6, "station:kiosk", "staff.signin.failed", "staff:unknown", station="kiosk"),
            event(5, "system", "staff.unlocked", "staff:2"),
            event(4, "kiosk:front", "checkin.submitted", "visit:5"),
            event(3, "staff:1", "staff.locked", "staff:2", attempts=100, station="kiosk"),
            event(2, "staff:7", "some.new_action", "visit:5"),
        ],
        names,
    )
    qtmodeltester.check(model)
    what = [model.index(r, 2).data() for r in range(model.rowCount())]
    evil = "\u2068\u202eevil\u2069"
    assert what == [
        f"{evil} was signed out at \u2068front\u2069 after a while without activity.",
        "\u2068Alex Admin\u2069 reprinted document 4.",
        f"{evil} deferred visit 5. Reason: \u2068Sun\u202eburn\u2069",
        "A wrong PIN for an unknown staff code at \u2068kiosk\u2069.",
        f"The system (command line) unlocked the account of {evil}.",
        "Kiosk \u2068front\u2069 received a check-in (visit 5).",
        f"The account of {evil} was locked after 100 wrong PINs in a row"
        " (last at \u2068kiosk\u2069).",
        "Staff member 7: some.new_action (visit 5).",
    ]
    assert model.index(0, 0).data() == "Mar 10, 2026, 11:30:00\u202fAM"
    assert model.index(1, 1).data() == "\u2068Alex Admin\u2069"
    assert model.index(3, 1).data() == "station \u2068kiosk\u2069"  # a wrong PIN: not the nurse
    assert model.index(1, 3).data() == "document 4"
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == what[0]
