"""Shared-widget tests run without the kiosk around them."""

from ui.widgets.none_refcount import keep_none_alive

keep_none_alive()  # PySide6 6.12 on CPython 3.11 (see ui/widgets/none_refcount.py)
