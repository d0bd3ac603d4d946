"""The nurse station's look: calm, dense enough for a workstation, touch-sized controls.

Scoped under ``#nurseStation`` and set on the station itself, so it never leaks into the
patient kiosk (whose sheet is scoped under ``#patientKiosk``).
"""

NURSE_STYLESHEET = """
QWidget#nurseStation { background: #f6f8f9; color: #1f2d3a; font-size: 12pt; }
QWidget#nurseStation QScrollArea, QWidget#nurseStation QScrollArea > QWidget > QWidget {
    background: transparent;
}
QWidget#nurseStation QLabel#nurseTitle { color: #1c3d4a; font-size: 20pt; font-weight: 600; }
QWidget#nurseStation QLabel#nurseSection {
    color: #2f5566; font-size: 14pt; font-weight: 600; margin-top: 6px;
}
QWidget#nurseStation QLabel#signedInAs { font-size: 13pt; color: #2d4250; }
QWidget#nurseStation QWidget#nurseTopBar {
    background: #e4ecea; border-bottom: 1px solid #cfdcd9;
}
QWidget#nurseStation QPushButton {
    background: #ffffff; border: 1px solid #b9cbc7; border-radius: 8px;
    padding: 6px 16px; color: #1f2d3a;
}
QWidget#nurseStation QPushButton:hover { background: #eef4f3; }
QWidget#nurseStation QPushButton:pressed { background: #dce9e6; }
QWidget#nurseStation QPushButton:focus { border: 2px solid #2f6f73; }
QWidget#nurseStation QPushButton:disabled {
    color: #9aa7b0; border-color: #dde5e3; background: #f0f3f2;
}
QWidget#nurseStation QPushButton#primaryButton {
    background: #2f6f73; border: 1px solid #2f6f73; color: #ffffff; font-weight: 600;
}
QWidget#nurseStation QPushButton#primaryButton:focus { border: 2px solid #123c40; }
QWidget#nurseStation QPushButton#primaryButton:disabled {
    background: #c5d3d1; border-color: #c5d3d1; color: #f3f6f5;
}
QWidget#nurseStation QPushButton#pinDigit { font-size: 22pt; font-weight: 600; }
QWidget#nurseStation QPushButton#staffName { font-size: 15pt; }
QWidget#nurseStation QLineEdit, QWidget#nurseStation QPlainTextEdit,
QWidget#nurseStation QComboBox, QWidget#nurseStation QDateEdit {
    background: #ffffff; border: 1px solid #b9cbc7; border-radius: 6px; padding: 4px 8px;
    selection-background-color: #2f6f73;
}
QWidget#nurseStation QLineEdit:focus, QWidget#nurseStation QPlainTextEdit:focus,
QWidget#nurseStation QComboBox:focus,
QWidget#nurseStation QDateEdit:focus { border: 2px solid #2f6f73; }
QWidget#nurseStation QLineEdit#nursePinField { font-size: 24pt; letter-spacing: 6px; }
QWidget#nurseStation QTableView, QWidget#nurseStation QTableWidget {
    background: #ffffff; alternate-background-color: #f7faf9; border: 1px solid #d3dfdc;
    gridline-color: #e5ecea; selection-background-color: #cfe3e1; selection-color: #1f2d3a;
}
QWidget#nurseStation QHeaderView::section {
    background: #e9efee; color: #2d4250; padding: 6px 8px; border: none;
    border-bottom: 1px solid #cfdcd9; font-weight: 600;
}
QWidget#nurseStation QTabBar::tab {
    min-height: 48px; padding: 4px 18px; background: #e9efee; border: 1px solid #cfdcd9;
    border-bottom: none; border-top-left-radius: 6px; border-top-right-radius: 6px;
}
QWidget#nurseStation QTabBar::tab:selected { background: #ffffff; font-weight: 600; }
QWidget#nurseStation QTabWidget::pane { border: 1px solid #cfdcd9; background: #ffffff; }
QWidget#nurseStation QCheckBox { spacing: 10px; }
QWidget#nurseStation QSpinBox { font-size: 16pt; }
"""
