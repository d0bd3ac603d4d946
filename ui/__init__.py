"""PySide6 front end: the patient kiosk and the nurse station. Depends on ``kiosk`` only."""
