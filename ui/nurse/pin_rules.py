"""The PIN rules the screens check before asking a service (which checks them again)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

MIN_PIN_LENGTH = 6


def pin_problem(pin: str, repeat: str) -> str | None:
    """What is wrong with a new PIN typed twice, in words; None when it is fine."""

    if not pin:
        return QCoreApplication.translate("NursePinRules", "Please choose a PIN.")
    if not pin.isdigit():
        return QCoreApplication.translate("NursePinRules", "A PIN is made of digits only.")
    if len(pin) < MIN_PIN_LENGTH:
        return QCoreApplication.translate(
            "NursePinRules", "The PIN needs at least {n} digits; this one has {m}."
        ).format(n=MIN_PIN_LENGTH, m=len(pin))
    if pin != repeat:
        return QCoreApplication.translate(
            "NursePinRules",
            "The two PINs are not the same. Please type the PIN again in both boxes.",
        )
    return None
