"""A whole patient check-in driven through AT-SPI, as a screen reader drives a Qt program:
buttons and check boxes only by their default action, text typed through the editable-text
interface, the consent scrolled through its scroll bar's value. English and Spanish.

Run under X with a session bus and the AT-SPI bus (Debian: xvfb, dbus-x11, at-spi2-core,
python3-pyatspi), with the system Python that has pyatspi:

    xvfb-run -a dbus-run-session -- /usr/bin/python3 scripts/atspi_checkin.py [.venv/bin/python]

Prints one line per language and exits 0 when both check-ins were saved with the typed name as
the signature; 77 (skipped) when AT-SPI is not available.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP = 77

WORDS = {
    "en": {
        "start": "Start check-in",
        "first": "First name",
        "last": "Last name",
        "continue": "Continue",
        "day": "Day of birth",
        "next_month": "Next month",
        "year": "Year of birth",
        "today": "Yes, my treatment is today",
        "answers_right": "My answers are right",
        "to_sign": "Continue to sign",
        "full_name": "Your full name",
        "typed": "Use my typed name as my signature",
        "language": "English",
        "consent": "Consent text",
    },
    "es": {
        "start": "Comenzar el registro",
        "first": "Nombre",
        "last": "Apellidos",
        "continue": "Continuar",
        "day": "Día de nacimiento",
        "next_month": "Mes siguiente",
        "year": "Año de nacimiento",
        "today": "Sí, mi tratamiento es hoy",
        "answers_right": "Mis respuestas son correctas",
        "to_sign": "Continuar para firmar",
        "full_name": "Su nombre completo",
        "typed": "Usar mi nombre escrito como firma",
        "language": "Español",
        "consent": "Texto del consentimiento",
    },
}


def nodes(root):
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        yield node
        try:
            count = node.childCount
        except Exception:
            continue
        for i in range(count - 1, -1, -1):
            with contextlib.suppress(Exception):  # a child may vanish while it is walked
                stack.append(node.getChildAtIndex(i))


def showing(node, pyatspi) -> bool:
    return node.getState().contains(pyatspi.STATE_SHOWING)


def find(app, pyatspi, role: str | None, name: str | None = None, timeout: float = 10.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        for node in nodes(app):
            try:
                if (
                    role in (None, node.getRoleName())
                    and (name is None or node.name == name)
                    and showing(node, pyatspi)
                ):
                    return node
            except Exception:
                continue
        time.sleep(0.1)
    raise LookupError(f"no showing {role} named {name!r}")


def press(node) -> None:
    """The default action (index 0): "Press" for a button, "Toggle" for a check box."""
    action = node.queryAction()
    action.doAction(0)
    time.sleep(0.3)


def type_into(node, text: str) -> None:
    node.queryEditableText().setTextContents(text)
    time.sleep(0.1)


def check_in(app, pyatspi, language: str) -> None:
    w = WORDS[language]
    if language != "en":
        press(find(app, pyatspi, "push button", w["language"]))
    press(find(app, pyatspi, "push button", w["start"]))
    type_into(find(app, pyatspi, "text", w["first"]), "Ana")
    type_into(find(app, pyatspi, "text", w["last"]), "Ruiz")
    press(find(app, pyatspi, "push button", w["continue"]))
    type_into(find(app, pyatspi, "text", w["day"]), "7")
    for _ in range(3):
        press(find(app, pyatspi, "push button", w["next_month"]))
    type_into(find(app, pyatspi, "text", w["year"]), "1991")
    press(find(app, pyatspi, "check box", w["today"]))
    press(find(app, pyatspi, "push button", w["continue"]))
    # Questions: the answers' group is named by the question; its first answer is pressed.
    while True:
        try:
            review = find(app, pyatspi, "push button", w["answers_right"], timeout=1.0)
            break
        except LookupError:
            pass
        groups = [
            n
            for n in nodes(app)
            if n.getRoleName() in ("grouping", "panel") and n.name and showing(n, pyatspi)
        ]
        answered = False
        for group in groups:
            buttons = [b for b in nodes(group) if b.getRoleName() == "push button" and b.name]
            if buttons:
                press(buttons[0])
                answered = True
                break
        if not answered:
            raise LookupError("no question group with answers")
    press(review)
    # The consent: read to the end (its scroll bar's value), then every statement ticked.
    time.sleep(0.5)
    reading = find(app, pyatspi, None, w["consent"])  # the reading area, whatever its role
    for bar in nodes(reading):
        if bar.getRoleName() == "scroll bar" and showing(bar, pyatspi):
            value = bar.queryValue()
            value.currentValue = value.maximumValue
    time.sleep(0.5)
    statements = [n for n in nodes(reading) if n.getRoleName() == "check box"]
    if not statements:
        raise LookupError("no statements to tick in the consent")
    for box in statements:
        if not box.getState().contains(pyatspi.STATE_CHECKED):
            press(box)
    press(find(app, pyatspi, "push button", w["to_sign"]))
    type_into(find(app, pyatspi, "text", w["full_name"]), "Ana Ruiz")
    press(find(app, pyatspi, "push button", w["typed"]))


def main() -> int:
    try:
        import pyatspi
    except ImportError:
        print("skipped: pyatspi is not installed (Debian: python3-pyatspi)")
        return SKIP
    if not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        print("skipped: needs X (xvfb-run) and a session bus (dbus-run-session)")
        return SKIP
    python = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".venv" / "bin" / "python")
    launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    time.sleep(1.0)
    status = 0
    try:
        for language in ("en", "es"):
            env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
            kiosk = subprocess.Popen(
                [python, str(ROOT / "scripts" / "atspi_kiosk_app.py")],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            try:
                app = None
                for _ in range(100):
                    desktop = pyatspi.Registry.getDesktop(0)
                    for i in range(desktop.childCount):
                        child = desktop.getChildAtIndex(i)
                        if child is not None and child.name == "clinic-kiosk-atspi":
                            app = child
                    if app is not None:
                        break
                    time.sleep(0.2)
                if app is None:
                    print("skipped: the kiosk never appeared on the AT-SPI bus")
                    return SKIP
                check_in(app, pyatspi, language)
                line = kiosk.stdout.readline()
                facts = json.loads(line)
                ok = facts["method"] == "typed" and facts["language"] == language
                print(f"{language}: saved {facts}" if ok else f"{language}: WRONG {facts}")
                status = status or (0 if ok else 1)
            finally:
                kiosk.terminate()
                kiosk.wait(timeout=10)
    finally:
        launcher.terminate()
    return status


if __name__ == "__main__":
    raise SystemExit(main())
