"""Administration (admins only): staff accounts, the audit log in words with its filters and
its check, backups. The lists are table models (:mod:`ui.nurse.admin_models`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.pin_policy import PinPolicy
from kiosk.domain.staff import Role
from ui.nurse.admin_models import AuditTableModel, StaffTableModel, role_text
from ui.nurse.common import TOUCH_HEIGHT, MessageLine, button, section_label, title_label
from ui.nurse.formatting import ZoneSource, show_month_in_words
from ui.nurse.setup_page import pin_field
from ui.nurse.staff_words import new_pin_problem


def _table(model: QAbstractTableModel, accessible: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(accessible)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)  # the full text is the tooltip
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(44)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


@dataclass(frozen=True)
class AuditFilter:
    """What the audit view asks the service for: any of a staff member, a visit, a day."""

    staff_id: int | None = None
    visit_id: int | None = None
    day: date | None = None


class AdminPage(QWidget):
    add_staff_requested = Signal(str, str, object)  # name, pin, Role
    disable_requested = Signal(int)
    reset_pin_requested = Signal(int, str)
    unlock_requested = Signal(int)
    refresh_staff_requested = Signal()
    refresh_audit_requested = Signal()
    verify_requested = Signal()
    backup_requested = Signal(object)  # destination folder (Path)
    back_requested = Signal()

    def __init__(
        self,
        zone: ZoneSource,
        data_dir: Path | None,
        policy: PinPolicy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("nurseAdminPage")
        self.setAccessibleName(self.tr("Administration"))
        self.data_dir = data_dir
        self.policy = policy or PinPolicy()
        self.staff_model = StaffTableModel(self)
        self.audit_model = AuditTableModel(zone, self)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Administration sections"))
        self.tabs.addTab(self._staff_tab(), self.tr("Staff"))
        self.tabs.addTab(self._audit_tab(), self.tr("Audit log"))
        self.tabs.addTab(self._backup_tab(), self.tr("Backup"))
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)
        self.message = MessageLine()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
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

    @property
    def staff(self) -> list[Any]:
        return self.staff_model.members

    # -- staff -----------------------------------------------------------------------------

    def _staff_tab(self) -> QWidget:
        tab = QWidget()
        self.staff_table = _table(self.staff_model, self.tr("Staff accounts"))
        self.staff_table.selectionModel().selectionChanged.connect(self._update_staff_buttons)
        self.disable_button = button(
            self.tr("Disable"),
            self.tr("Disable the selected account"),
            self.on_disable_button_clicked,
        )
        self.unlock_button = button(
            self.tr("Unlock"),
            self.tr("Unlock the selected account"),
            self.on_unlock_button_clicked,
        )
        self.reset_pin = pin_field(self.tr("New PIN for the selected account"))
        self.reset_repeat = pin_field(self.tr("New PIN again"))
        self.reset_button = button(
            self.tr("Set new PIN"),
            self.tr("Set a new PIN for the selected account"),
            self.on_reset_button_clicked,
        )
        reset_row = QHBoxLayout()
        reset_row.addWidget(self.reset_pin, 1)
        reset_row.addWidget(self.reset_repeat, 1)
        reset_row.addWidget(self.reset_button)
        reset_row.addWidget(self.unlock_button)
        reset_row.addWidget(self.disable_button)
        self.reset_pin.setPlaceholderText(self.tr("New PIN"))
        self.reset_repeat.setPlaceholderText(self.tr("New PIN again"))

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
        self.new_pin.setPlaceholderText(self.tr("PIN"))
        self.new_repeat.setPlaceholderText(self.tr("PIN again"))
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
        pins.addWidget(self.new_repeat, 1)
        form.addRow(self.tr("PIN"), pins)

        self.staff_table.setMinimumHeight(220)  # five accounts at least, then it scrolls
        layout = QVBoxLayout(tab)
        layout.addWidget(self.staff_table, 1)
        layout.addWidget(section_label(self.tr("Selected account")))
        layout.addLayout(reset_row)
        layout.addWidget(section_label(self.tr("Add a staff member")))
        layout.addLayout(form)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._update_staff_buttons()
        scroll = QScrollArea()  # a short landscape screen scrolls rather than crushing the list
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(tab)
        return scroll

    def show_staff(self, members: list[Any]) -> None:
        selected = self.selected_staff_id()
        self.staff_model.set_members(members)
        self._fill_staff_filter()
        if selected is not None:
            self.select_staff(selected)
        self._update_staff_buttons()

    def selected_member(self) -> Any:
        rows = self.staff_table.selectionModel().selectedRows()
        return self.staff_model.member(rows[0].row()) if rows else None

    def selected_staff_id(self) -> int | None:
        member = self.selected_member()
        return None if member is None else int(member.staff_id)

    def select_staff(self, staff_id: int) -> None:
        row = self.staff_model.row_of(staff_id)
        if row is not None:
            self.staff_table.selectRow(row)

    def _update_staff_buttons(self) -> None:
        member = self.selected_member()
        usable = member is not None and member.active
        self.disable_button.setEnabled(usable)
        self.reset_button.setEnabled(usable)
        self.unlock_button.setEnabled(usable and bool(member.locked))

    def on_add_button_clicked(self) -> None:
        name = self.new_name.text().strip()
        problem = (
            self.tr("Please type the new staff member's name.")
            if not name
            else new_pin_problem(self.new_pin.text(), self.new_repeat.text(), self.policy)
        )
        if problem:
            self.message.show_message(problem, "error")
            return
        self.add_staff_requested.emit(name, self.new_pin.text(), self.new_role.currentData())

    def staff_added(self, member: Any) -> None:
        for field in (self.new_name, self.new_pin, self.new_repeat):
            field.clear()
        self.message.show_message(
            self.tr("{name} can now sign in with staff code {code} and the PIN you chose.").format(
                name=member.name, code=member.code
            ),
            "ok",
        )

    def on_disable_button_clicked(self) -> None:
        chosen = self.selected_staff_id()
        if chosen is not None:
            self.disable_requested.emit(chosen)

    def on_unlock_button_clicked(self) -> None:
        chosen = self.selected_staff_id()
        if chosen is not None:
            self.unlock_requested.emit(chosen)

    def on_reset_button_clicked(self) -> None:
        chosen = self.selected_staff_id()
        if chosen is None:
            return
        problem = new_pin_problem(self.reset_pin.text(), self.reset_repeat.text(), self.policy)
        if problem:
            self.message.show_message(problem, "error")
            return
        self.reset_pin_requested.emit(chosen, self.reset_pin.text())

    def pin_was_reset(self) -> None:
        self.reset_pin.clear()
        self.reset_repeat.clear()
        self.message.show_message(
            self.tr("The PIN was changed, and the account unlocked if it was locked."), "ok"
        )

    # -- audit -----------------------------------------------------------------------------

    def _audit_tab(self) -> QWidget:
        tab = QWidget()
        self.audit_table = _table(self.audit_model, self.tr("Audit log"))
        self.audit_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.audit_table.setColumnWidth(0, 190)
        self.audit_table.setColumnWidth(1, 160)
        self.audit_table.setColumnWidth(2, 420)
        self.filter_staff = QComboBox()
        self.filter_staff.setMinimumHeight(TOUCH_HEIGHT)
        self.filter_staff.setAccessibleName(self.tr("Show events of this staff member"))
        self.filter_visit = QLineEdit()
        self.filter_visit.setMinimumHeight(TOUCH_HEIGHT)
        self.filter_visit.setMaximumWidth(140)
        self.filter_visit.setValidator(QIntValidator(1, 2_000_000_000, self.filter_visit))
        self.filter_visit.setPlaceholderText(self.tr("Visit number"))
        self.filter_visit.setAccessibleName(self.tr("Show events of this visit number"))
        self.filter_any_day = QCheckBox(self.tr("Any day"))
        self.filter_any_day.setChecked(True)
        self.filter_any_day.setAccessibleName(self.tr("Show events of any day"))
        self.filter_any_day.setMinimumHeight(TOUCH_HEIGHT)
        self.filter_day = QDateEdit()
        self.filter_day.setCalendarPopup(True)
        show_month_in_words(self.filter_day)
        self.filter_day.setMinimumHeight(TOUCH_HEIGHT)
        self.filter_day.setAccessibleName(self.tr("Show events of this day"))
        self.filter_day.setEnabled(False)
        self.filter_any_day.toggled.connect(lambda on: self.filter_day.setEnabled(not on))
        self.apply_filter_button = button(
            self.tr("Show"),
            self.tr("Show the audit events that match"),
            self.refresh_audit_requested.emit,
        )
        self._fill_staff_filter()
        filters = QHBoxLayout()
        filters.addWidget(self.filter_staff, 1)
        filters.addWidget(self.filter_visit)
        filters.addWidget(self.filter_any_day)
        filters.addWidget(self.filter_day)
        filters.addWidget(self.apply_filter_button)
        self.verify_button = button(
            self.tr("Verify"),
            self.tr("Verify the audit log's hash chain"),
            self.verify_requested.emit,
            primary=True,
        )
        self.verify_result = MessageLine()
        self.verify_result.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.audit_table, 1)
        layout.addWidget(self.verify_result)
        layout.addLayout(row)
        return tab

    def _fill_staff_filter(self) -> None:
        chosen = self.filter_staff.currentData() if self.filter_staff.count() else None
        self.filter_staff.blockSignals(True)
        self.filter_staff.clear()
        self.filter_staff.addItem(self.tr("All staff"), None)
        for member in self.staff_model.members:
            self.filter_staff.addItem(member.name, member.staff_id)
        index = self.filter_staff.findData(chosen) if chosen is not None else 0
        self.filter_staff.setCurrentIndex(max(index, 0))
        self.filter_staff.blockSignals(False)

    def audit_filter(self) -> AuditFilter:
        visit = self.filter_visit.text().strip()
        day = None if self.filter_any_day.isChecked() else self.filter_day.date().toPython()
        return AuditFilter(
            staff_id=self.filter_staff.currentData(),
            visit_id=int(visit) if visit.isdigit() else None,
            day=day if isinstance(day, date) else None,
        )

    def set_day(self, day: date) -> None:
        """Start the day filter on the clinic's today (the station knows it)."""
        self.filter_day.setDate(QDate(day.year, day.month, day.day))

    def show_events(self, events: list[Any]) -> None:
        self.audit_model.set_events(events, self.staff_model.names())

    def forget(self) -> None:
        """Sign-out: no list of events or accounts stays on screen."""
        self.audit_model.set_events([], {})
        self.staff_model.set_members([])
        for field in (self.reset_pin, self.reset_repeat, self.new_pin, self.new_repeat):
            field.clear()
        self.message.clear_message()
        self.verify_result.clear_message()

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
