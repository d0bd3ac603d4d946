"""A whole patient check-in driven through AT-SPI, as a screen reader drives a Qt program:
buttons and check boxes only by their default action, text typed through the editable-text
interface, the consent scrolled through its scroll bar's value (with Larger text on, so that
it is longer than the screen). English and Spanish.

Run under X with a session bus and the AT-SPI bus (Debian: xvfb, dbus-x11, at-spi2-core,
python3-pyatspi), with the system Python that has pyatspi:

    xvfb-run -a dbus-run-session -- /usr/bin/python3 scripts/atspi_checkin.py [.venv/bin/python]

Prints one line per language ("en: saved {json facts}") and exits 0 when both check-ins were
saved. Exits 77 only when a required tool is missing (pyatspi, X, the session bus or
at-spi-bus-launcher); anything else that goes wrong (the kiosk not on the bus, a step that does
not happen) exits 1 with what the kiosk wrote on stderr. Every wait polls up to a generous
limit, for a loaded CI machine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
APP_NAME = "clinic-kiosk-atspi"  # scripts/atspi_kiosk_app.py's application name
MISSING_TOOL = 77
FAILED = 1
BUS_SECONDS = 60.0  # the AT-SPI bus taking its name
APPEAR_SECONDS = 120.0  # the kiosk's Python and Qt starting and registering on the bus
STEP_SECONDS = 45.0  # one screen or control reacting
POLL_SECONDS = 0.1

T = TypeVar("T")


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
        "larger": "Larger text",
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
        "larger": "Letra más grande",
    },
}


class CheckinFailed(Exception):
    """A step that did not happen in time, or the kiosk gone; the message says which."""


def nodes(root: Any) -> Iterator[Any]:
    """``root`` and everything below it, depth first; a child that vanishes is left out."""
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
            try:
                stack.append(node.getChildAtIndex(i))
            except Exception:
                continue


class Driver:
    """Drives one running kiosk through its accessible tree. Every wait polls and checks that
    the kiosk is still running, so a crash fails at once with its own words."""

    def __init__(self, pyatspi: Any, kiosk: subprocess.Popen[bytes], app: Any) -> None:
        self.pyatspi = pyatspi
        self.kiosk = kiosk
        self.app = app

    def wait_for(self, condition: Callable[[], T | None], what: str, seconds: float) -> T:
        end = time.monotonic() + seconds
        while True:
            if self.kiosk.poll() is not None:
                code = self.kiosk.returncode
                raise CheckinFailed(f"the kiosk exited ({code}) while waiting {what}")
            result = condition()
            if result:
                return result
            if time.monotonic() > end:
                raise CheckinFailed(f"waited {seconds:.0f} s {what}")
            time.sleep(POLL_SECONDS)

    def has(self, node: Any, state: Any) -> bool:
        """Whether ``node`` has ``state``; a node that is gone has none."""
        try:
            return bool(node.getState().contains(state))
        except Exception:
            return False

    def matches(self, node: Any, role: str | None, name: str | None, enabled: bool) -> bool:
        try:
            return (
                role in (None, node.getRoleName())
                and (name is None or node.name == name)
                and self.has(node, self.pyatspi.STATE_SHOWING)
                and (not enabled or self.has(node, self.pyatspi.STATE_ENABLED))
            )
        except Exception:
            return False

    def first(self, root: Any, role: str | None, name: str | None, enabled: bool) -> Any:
        return next((n for n in nodes(root) if self.matches(n, role, name, enabled)), None)

    def find(self, role: str | None, name: str | None = None, enabled: bool = False) -> Any:
        """The first showing node with ``role`` and ``name`` (and enabled, if asked)."""
        state = "enabled " if enabled else ""
        return self.wait_for(
            lambda: self.first(self.app, role, name, enabled),
            f"for a showing {state}{role or 'node'} named {name!r}",
            STEP_SECONDS,
        )

    def press(self, node: Any) -> None:
        """The default action (index 0): "Press" for a button, "Toggle" for a check box.
        Qt answers it with QAbstractButton.animateClick(): the button is down at once and
        clicks when it comes up about 100 ms later, and a second press while it is down only
        restarts that delay. So this returns once the button is up (the click has happened)."""
        node.queryAction().doAction(0)
        self.wait_for(
            lambda: not self.has(node, self.pyatspi.STATE_PRESSED),
            f"for {node_name(node)!r} to come up after its press",
            STEP_SECONDS,
        )

    def press_named(self, role: str, name: str) -> Any:
        node = self.find(role, name, enabled=True)
        self.press(node)
        return node

    def advance(self, role: str, name: str) -> None:
        """Press ``name`` and wait until it is out of sight: the next screen is up."""
        node = self.press_named(role, name)
        self.wait_for(
            lambda: not self.has(node, self.pyatspi.STATE_SHOWING),
            f"for the screen with {name!r} to give way",
            STEP_SECONDS,
        )

    def toggle(self, box: Any) -> None:
        """Toggle a check box and wait until its checked state has flipped."""
        was = self.has(box, self.pyatspi.STATE_CHECKED)
        self.press(box)
        self.wait_for(
            lambda: self.has(box, self.pyatspi.STATE_CHECKED) != was,
            f"for {node_name(box)!r} to toggle",
            STEP_SECONDS,
        )

    def type_into(self, name: str, text: str) -> None:
        """Set a text field's contents through the editable-text interface, and see them."""
        node = self.find("text", name, enabled=True)
        node.queryEditableText().setTextContents(text)
        self.wait_for(
            lambda: node.queryText().getText(0, -1) == text,
            f"for {name!r} to hold {text!r}",
            STEP_SECONDS,
        )

    def next_answer(self, review_name: str) -> tuple[str, Any]:
        """("review", its button) once the questions are done, else ("answer", the first
        answer of the showing question: a group named by the question)."""

        def look() -> tuple[str, Any] | None:
            review = self.first(self.app, "push button", review_name, enabled=True)
            if review is not None:
                return ("review", review)
            for group in nodes(self.app):
                if is_group(group) and node_name(group) and self.matches(group, None, None, False):
                    answer = self.first(group, "push button", None, enabled=True)
                    if answer is not None and node_name(answer):
                        return ("answer", answer)
            return None

        return self.wait_for(look, "for a question's answers or the review", STEP_SECONDS)


def is_group(node: Any) -> bool:
    """Whether ``node`` is a group: Qt's QGroupBox (QAccessible::Grouping) is "panel" on
    AT-SPI."""
    try:
        return node.getRoleName() in ("panel", "grouping")
    except Exception:
        return False


def node_name(node: Any) -> str:
    try:
        return str(node.name or "")
    except Exception:
        return ""


def check_in(driver: Driver, language: str) -> None:
    """One check-in, screen by screen, as a screen-reader user would do it."""
    w = WORDS[language]
    if language != "en":
        driver.press_named("push button", w["language"])
    # Larger text (its top-bar check box) makes the consent longer than the 1280x800 screen,
    # so that reading it to the end has to go through its scroll bar.
    driver.toggle(driver.find("check box", w["larger"], enabled=True))
    driver.advance("push button", w["start"])
    driver.type_into(w["first"], "Ana")
    driver.type_into(w["last"], "Ruiz")
    driver.advance("push button", w["continue"])
    driver.type_into(w["day"], "7")
    for _ in range(3):
        driver.press_named("push button", w["next_month"])
    driver.type_into(w["year"], "1991")
    driver.toggle(driver.find("check box", w["today"], enabled=True))
    driver.advance("push button", w["continue"])
    answer_questions(driver, w["answers_right"])
    read_and_tick_consent(driver, w["consent"])
    driver.advance("push button", w["to_sign"])
    driver.type_into(w["full_name"], "Ana Ruiz")
    driver.press_named("push button", w["typed"])


def answer_questions(driver: Driver, review_name: str, most: int = 50) -> None:
    """Each question's first answer (and, when it asks "which day?", the first day), until
    the review's "my answers are right", which is pressed."""
    for _ in range(most):
        kind, button = driver.next_answer(review_name)
        driver.press(button)
        if kind == "review":
            return
        driver.wait_for(
            lambda b=button: not driver.has(b, driver.pyatspi.STATE_SHOWING),
            f"for the answer {node_name(button)!r} to move on",
            STEP_SECONDS,
        )
    raise CheckinFailed(f"still answering after {most} questions")


def read_and_tick_consent(driver: Driver, reading_name: str) -> None:
    """Read the consent to the end (its scroll bar's value to the maximum), then tick every
    statement once they are enabled."""
    pyatspi = driver.pyatspi
    reading = driver.find(None, reading_name)  # the reading area, whatever its role
    bar = driver.wait_for(
        lambda: driver.first(reading, "scroll bar", None, False),
        f"for the scroll bar of {reading_name!r}",
        STEP_SECONDS,
    )
    value = bar.queryValue()
    value.currentValue = value.maximumValue
    driver.wait_for(
        lambda: value.currentValue >= value.maximumValue > 0,
        f"for {reading_name!r} to be scrolled to its end",
        STEP_SECONDS,
    )

    def statements() -> list[Any]:
        boxes = [n for n in nodes(reading) if driver.matches(n, "check box", None, False)]
        if boxes and all(driver.has(b, pyatspi.STATE_ENABLED) for b in boxes):
            return boxes
        return []

    for box in driver.wait_for(statements, "for the consent's statements", STEP_SECONDS):
        if not driver.has(box, pyatspi.STATE_CHECKED):
            driver.toggle(box)


# -- running ------------------------------------------------------------------------------


def session_has(name: str) -> bool:
    """Whether ``name`` has an owner on the session bus (Gio ships with pyatspi's gi)."""
    from gi.repository import Gio, GLib

    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    reply = bus.call_sync(
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus",
        "NameHasOwner",
        GLib.Variant("(s)", (name,)),
        GLib.VariantType("(b)"),
        Gio.DBusCallFlags.NONE,
        -1,
        None,
    )
    return bool(reply.unpack()[0])


def wait_until(condition: Callable[[], bool], seconds: float) -> bool:
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            return False
        time.sleep(POLL_SECONDS)
    return True


def kiosk_on_bus(pyatspi: Any, pid: int) -> Any:
    """The kiosk process ``pid``'s application on the AT-SPI desktop, or None. By pid, so a
    previous kiosk the registry has not dropped yet is never taken for this one."""
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        try:
            child = desktop.getChildAtIndex(i)
            if child is not None and child.name == APP_NAME and child.get_process_id() == pid:
                return child
        except Exception:
            continue
    return None


def apps_on_bus(pyatspi: Any) -> list[str]:
    desktop = pyatspi.Registry.getDesktop(0)
    names = []
    for i in range(desktop.childCount):
        try:
            child = desktop.getChildAtIndex(i)
            names.append(f"{child.name} (pid {child.get_process_id()})")
        except Exception:
            names.append("(gone)")
    return names


def saved_facts(driver: Driver, out: Path) -> dict[str, Any]:
    """The JSON line the kiosk prints when the check-in is saved."""

    def line() -> str | None:
        text = out.read_text(encoding="utf-8")
        return text.split("\n", 1)[0] if "\n" in text else None

    return dict(json.loads(driver.wait_for(line, "for the saved check-in", STEP_SECONDS)))


def run_language(pyatspi: Any, python: str, language: str, logs: Path) -> dict[str, Any]:
    """Start a kiosk, find it on the bus, check in, and return what it saved."""
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    out, err = logs / f"{language}.out", logs / f"{language}.err"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        kiosk = subprocess.Popen(
            [python, str(ROOT / "scripts" / "atspi_kiosk_app.py")],
            env=env,
            stdout=stdout,
            stderr=stderr,
        )
    try:
        driver = Driver(pyatspi, kiosk, None)
        try:
            driver.app = driver.wait_for(
                lambda: kiosk_on_bus(pyatspi, kiosk.pid),
                f"for the kiosk (pid {kiosk.pid}) on the AT-SPI bus",
                APPEAR_SECONDS,
            )
        except CheckinFailed as failure:
            raise CheckinFailed(f"{failure}; on the bus: {apps_on_bus(pyatspi)}") from None
        check_in(driver, language)
        return saved_facts(driver, out)
    finally:
        kiosk.terminate()
        try:
            kiosk.wait(timeout=30)
        except subprocess.TimeoutExpired:
            kiosk.kill()
            kiosk.wait()


def tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def missing_tool() -> str | None:
    """Why this cannot run at all here, or None."""
    try:
        import pyatspi  # noqa: F401
    except ImportError:
        return "pyatspi is not installed (Debian: python3-pyatspi)"
    if not os.environ.get("DISPLAY") or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "needs X (xvfb-run) and a session bus (dbus-run-session)"
    if not Path(BUS_LAUNCHER).exists():
        return f"{BUS_LAUNCHER} is not installed (Debian: at-spi2-core)"
    return None


def main() -> int:
    missing = missing_tool()
    if missing is not None:
        print(f"missing: {missing}")
        return MISSING_TOOL
    import pyatspi

    python = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".venv" / "bin" / "python")
    launcher = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"])
    status = 0
    try:
        if not wait_until(lambda: session_has("org.a11y.Bus"), BUS_SECONDS):
            print(f"FAILED: no org.a11y.Bus on the session bus after {BUS_SECONDS:.0f} s")
            return FAILED
        with tempfile.TemporaryDirectory(prefix="atspi-checkin-") as folder:
            logs = Path(folder)
            for language in ("en", "es"):
                try:
                    facts = run_language(pyatspi, python, language, logs)
                except CheckinFailed as failure:
                    print(f"{language}: FAILED {failure}")
                    print(f"--- the kiosk's stderr ({language}, last lines):")
                    print(tail(logs / f"{language}.err"))
                    return FAILED
                ok = facts["method"] == "typed" and facts["language"] == language
                print(f"{language}: {'saved' if ok else 'WRONG'} {json.dumps(facts)}")
                status = status or (0 if ok else FAILED)
    finally:
        launcher.terminate()
        launcher.wait(timeout=30)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
