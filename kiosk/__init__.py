"""Clinic kiosk core: domain, content, storage, documents, printing, services, CLI.

Never imports PySide6 or ``ui``: the front end depends on this package, not the reverse.
"""

__version__ = "0.1.0"
