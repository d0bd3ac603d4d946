"""Administration (admins only): staff accounts, the audit log and its check, backups."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.staff import Role
from ui.nurse.common import TOUCH_HEIGHT, MessageLine, button, section_label, title_label
from ui.nurse.formatting import format_datetime
from ui.nurse.pin_rules import pin_problem
from ui.nurse.setup_page import pin_field


def _table(headers: list[str], accessible: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(accessible)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(44)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def role_text(role: Role | str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        Role.ADMIN: QCoreApplication.translate("NurseAdmin", "Administrator"),
        Role.NURSE: QCoreApplication.translate("NurseAdmin", "Nurse"),
    }[Role(role)]


class AdminPage(QWidget):
    add_staff_requested = Signal(str, str, object)  # name, pin, Role
    disable_requested = Signal(int)
    reset_pin_requested = Signal(int, str)
    refresh_staff_requested = Signal()
    refresh_audit_requested = Signal()
    verify_requested = Signal()
    backup_requested = Signal(object)  # destination folder (Path)
    back_requested = Signal()

    def __init__(self, zone: str, data_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nurseAdminPage")
        self.setAccessibleName(self.tr("Administration"))
        self.zone = zone
        self.data_dir = data_dir
        self.staff: list[Any] = []
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Administration sections"))
        self.tabs.addTab(self._staff_tab(), self.tr("Staff"))
        self.tabs.addTab(self._audit_tab(), self.tr("Audit log"))
        self.tabs.addTab(self._backup_tab(), self.tr("Backup"))
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)
        self.message = MessageLine()
        self.back_button = button(
            self.tr("Back to queue"), self.tr("Back to the queue"), self.back_requested.emit
        )
        footer = QHBoxLayout()
        footer.addWidget(self.back_button)
        footer.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.addWidget(title_label(self.tr("Administration")))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(footer)

    # -- staff -----------------------------------------------------------------------------

    def _staff_tab(self) -> QWidget:
        tab = QWidget()
        self.staff_table = _table(
            [self.tr("Name"), self.tr("Role"), self.tr("Account")], self.tr("Staff accounts")
        )
        self.staff_table.itemSelectionChanged.connect(self._update_staff_buttons)
        self.disable_button = button(
            self.tr("Disable"),
            self.tr("Disable the selected account"),
            self.on_disable_button_clicked,
        )
        self.reset_pin = pin_field(self.tr("New PIN for the selected account"))
        self.reset_repeat = pin_field(self.tr("New PIN again"))
        self.reset_button = button(
            self.tr("Reset PIN"),
            self.tr("Reset the selected account's PIN"),
            self.on_reset_button_clicked,
        )
        reset_row = QHBoxLayout()
        reset_row.addWidget(QLabel(self.tr("New PIN")))
        reset_row.addWidget(self.reset_pin, 1)
        reset_row.addWidget(QLabel(self.tr("again")))
        reset_row.addWidget(self.reset_repeat, 1)
        reset_row.addWidget(self.reset_button)
        reset_row.addWidget(self.disable_button)

        self.new_name = QLineEdit()
        self.new_name.setMinimumHeight(TOUCH_HEIGHT)
        self.new_name.setMaxLength(100)
        self.new_name.setAccessibleName(self.tr("New staff member's name"))
        self.new_role = QComboBox()
        self.new_role.setMinimumHeight(TOUCH_HEIGHT)
        self.new_role.setAccessibleName(self.tr("New staff member's role"))
        self.new_role.addItem(role_text(Role.NURSE), Role.NURSE)
        self.new_role.addItem(role_text(Role.ADMIN), Role.ADMIN)
        self.new_pin = pin_field(self.tr("New staff member's PIN"))
        self.new_repeat = pin_field(self.tr("New staff member's PIN again"))
        self.add_button = button(
            self.tr("Add staff member"),
            self.tr("Add the new staff member"),
            self.on_add_button_clicked,
            primary=True,
        )
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.new_name)
        form.addRow(self.tr("Role"), self.new_role)
        pins = QHBoxLayout()
        pins.addWidget(self.new_pin, 1)
        pins.addWidget(QLabel(self.tr("again")))
        pins.addWidget(self.new_repeat, 1)
        form.addRow(self.tr("PIN"), pins)

        layout = QVBoxLayout(tab)
        layout.addWidget(self.staff_table, 1)
        layout.addWidget(section_label(self.tr("Selected account: new PIN or disable")))
        layout.addLayout(reset_row)
        layout.addWidget(section_label(self.tr("Add a staff member")))
        layout.addLayout(form)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._update_staff_buttons()
        return tab

    def show_staff(self, members: list[Any]) -> None:
        selected = self.selected_staff_id()
        self.staff = list(members)
        self.staff_table.setRowCount(len(self.staff))
        for row, member in enumerate(self.staff):
            if not member.active:
                state = self.tr("Disabled")
            elif member.locked_until is not None:
                state = self.tr("Locked until {at}").format(
                    at=format_datetime(member.locked_until, self.zone)
                )
            else:
                state = self.tr("Active")
            for column, text in enumerate((member.name, role_text(member.role), state)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, member.staff_id)
                self.staff_table.setItem(row, column, item)
            if member.staff_id == selected:
                self.staff_table.selectRow(row)
        self._update_staff_buttons()

    def selected_staff_id(self) -> int | None:
        rows = self.staff_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.staff_table.item(rows[0].row(), 0)
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def select_staff(self, staff_id: int) -> None:
        for row, member in enumerate(self.staff):
            if member.staff_id == staff_id:
                self.staff_table.selectRow(row)

    def _update_staff_buttons(self) -> None:
        chosen = self.selected_staff_id()
        member = next((m for m in self.staff if m.staff_id == chosen), None)
        self.disable_button.setEnabled(member is not None and member.active)
        self.reset_button.setEnabled(member is not None and member.active)

    def on_add_button_clicked(self) -> None:
        name = self.new_name.text().strip()
        problem = (
            self.tr("Please type the new staff member's name.")
            if not name
            else pin_problem(self.new_pin.text(), self.new_repeat.text())
        )
        if problem:
            self.message.show_message(problem, "error")
            return
        self.add_staff_requested.emit(name, self.new_pin.text(), self.new_role.currentData())

    def staff_added(self, name: str) -> None:
        for field in (self.new_name, self.new_pin, self.new_repeat):
            field.clear()
        self.message.show_message(self.tr("{name} can now sign in.").format(name=name), "ok")

    def on_disable_button_clicked(self) -> None:
        chosen = self.selected_staff_id()
        if chosen is not None:
            self.disable_requested.emit(chosen)

    def on_reset_button_clicked(self) -> None:
        chosen = self.selected_staff_id()
        if chosen is None:
            return
        problem = pin_problem(self.reset_pin.text(), self.reset_repeat.text())
        if problem:
            self.message.show_message(problem, "error")
            return
        self.reset_pin_requested.emit(chosen, self.reset_pin.text())

    def pin_was_reset(self) -> None:
        self.reset_pin.clear()
        self.reset_repeat.clear()
        self.message.show_message(self.tr("The PIN was changed."), "ok")

    # -- audit -----------------------------------------------------------------------------

    def _audit_tab(self) -> QWidget:
        tab = QWidget()
        self.audit_table = _table(
            [
                self.tr("#"),
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Record"),
                self.tr("Details"),
            ],
            self.tr("Audit log"),
        )
        self.audit_table.setWordWrap(False)
        self.audit_table.horizontalHeader().setStretchLastSection(True)
        self.verify_button = button(
            self.tr("Verify"),
            self.tr("Verify the audit log's hash chain"),
            self.verify_requested.emit,
            primary=True,
        )
        self.refresh_audit_button = button(
            self.tr("Refresh"),
            self.tr("Reload the audit log"),
            self.refresh_audit_requested.emit,
        )
        self.verify_result = MessageLine()
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addWidget(self.refresh_audit_button)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.audit_table, 1)
        layout.addWidget(self.verify_result)
        layout.addLayout(row)
        return tab

    def _actor_text(self, actor: str) -> str:
        """ "staff:3" reads as the staff member's name when the staff list knows it."""
        names = {f"staff:{m.staff_id}": m.name for m in self.staff}
        return f"{names[actor]} ({actor})" if actor in names else actor

    def show_events(self, events: list[Any]) -> None:
        self.audit_table.setRowCount(len(events))
        for row, event in enumerate(events):
            details = json.dumps(event.details, ensure_ascii=False, sort_keys=True)
            values = (
                str(event.seq),
                format_datetime(event.at, self.zone),
                self._actor_text(event.actor),
                event.action,
                event.subject,
                "" if details == "{}" else details,
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.audit_table.setItem(row, column, item)

    def show_verification(self, report: Any) -> None:
        if report.ok:
            self.verify_result.show_message(
                self.tr("The audit log is intact: {n} events checked.").format(n=report.checked),
                "ok",
            )
        else:
            self.verify_result.show_message(
                self.tr("The audit log has been altered: {problem}").format(
                    problem=report.problem or self.tr("unknown problem")
                ),
                "error",
            )

    # -- backup ----------------------------------------------------------------------------

    def _backup_tab(self) -> QWidget:
        tab = QWidget()
        self.backup_folder = QLineEdit(str(self.default_backup_folder() or ""))
        self.backup_folder.setMinimumHeight(TOUCH_HEIGHT)
        self.backup_folder.setReadOnly(True)
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        self.choose_button = button(
            self.tr("Choose…"),
            self.tr("Choose the backup folder"),
            self.on_choose_button_clicked,
        )
        self.backup_button = button(
            self.tr("Back up now"),
            self.tr("Back up the clinic database now"),
            self.on_backup_button_clicked,
            primary=True,
        )
        self.backup_result = MessageLine()
        row = QHBoxLayout()
        row.addWidget(self.backup_folder, 1)
        row.addWidget(self.choose_button)
        explain = QLabel(
            self.tr(
                "A backup is a complete copy of the clinic database, written to a folder"
                " inside the clinic's data folder ({where}). Copy it somewhere safe."
            ).format(where=self.data_dir or self.tr("not configured"))
        )
        explain.setWordWrap(True)
        layout = QVBoxLayout(tab)
        layout.addWidget(explain)
        layout.addLayout(row)
        layout.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.backup_result)
        layout.addStretch(1)
        return tab

    def default_backup_folder(self) -> Path | None:
        """``<data dir>/backups``; a data dir that already is the backups folder is kept."""
        if self.data_dir is None:
            return None
        return self.data_dir if self.data_dir.name == "backups" else self.data_dir / "backups"

    def folder_problem(self, folder: Path) -> str | None:
        if self.data_dir is None:
            return self.tr("Backups are not configured on this station.")
        try:
            folder.resolve().relative_to(self.data_dir.resolve())
        except ValueError:
            return self.tr("Please choose a folder inside {where}.").format(where=self.data_dir)
        return None

    def on_choose_button_clicked(self) -> None:
        start = self.backup_folder.text() or str(self.data_dir or "")
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if chosen:
            problem = self.folder_problem(Path(chosen))
            if problem:
                self.backup_result.show_message(problem, "error")
                return
            self.backup_folder.setText(chosen)

    def on_backup_button_clicked(self) -> None:
        folder = Path(self.backup_folder.text())
        problem = self.folder_problem(folder)
        if problem:
            self.backup_result.show_message(problem, "error")
            return
        self.backup_button.setEnabled(False)
        self.backup_result.show_message(self.tr("Backing up…"), "info")
        self.backup_requested.emit(folder)

    def backup_done(self, path: Path) -> None:
        self.backup_button.setEnabled(True)
        self.backup_result.show_message(self.tr("Backup written to {path}").format(path=path), "ok")

    def backup_failed(self, text: str) -> None:
        self.backup_button.setEnabled(True)
        self.backup_result.show_message(text, "error")

    # -- slots -----------------------------------------------------------------------------

    def on_tabs_current_changed(self, index: int) -> None:
        if index == 1:
            self.refresh_audit_requested.emit()
        elif index == 0:
            self.refresh_staff_requested.emit()
