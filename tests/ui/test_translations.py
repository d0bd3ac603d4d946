"""The Spanish translation is complete, keeps every placeholder, and its .qm matches the .ts.

kiosk_es.ts is the source of truth; kiosk_es.qm is what the app loads. These tests fail when a
message is left unfinished or empty, when a translation drops or changes a placeholder
(``%1``, ``%n``, ``{name}``), a tag or an ``&`` accelerator, when the .qm was not rebuilt
after the .ts changed, and when a string in ui/ never reached the .ts (for example one wrapped
in a helper that lupdate cannot see). Fix: scripts/update_translations.sh, translate, rerun.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "kiosk_es.ts"
QM = ROOT / "resources" / "translations" / "kiosk_es.qm"
UPDATE = "run scripts/update_translations.sh, translate, and run it again"

# %1..%99, %L1, %n, %Ln; {name}, {0}, {} (str.format); a literal %% or {{ }} is not one.
_QT_ARG = re.compile(r"%L?(?:\d{1,2}|n)")
_FORMAT_FIELD = re.compile(r"(?<!\{)\{([A-Za-z_]\w*|\d*)(?:![rsa])?(?::[^{}]*)?\}(?!\})")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")
_ACCELERATOR = re.compile(r"(?<!&)&(?![&\s])")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    translations: tuple[str, ...]  # one, or one per plural form
    kind: str  # the translation's type attribute: "" when finished
    numerus: bool
    where: str

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r} ({self.where})"


def _messages() -> list[Message]:
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if numerus:
                texts = tuple(f.text or "" for f in translation.findall("numerusform"))
            else:
                texts = (translation.text or "",)
            location = message.find("location")
            where = (
                f"{location.get('filename', '').replace('../../', '')}:{location.get('line')}"
                if location is not None
                else "no location"
            )
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    translations=texts,
                    kind=translation.get("type", ""),
                    numerus=numerus,
                    where=where,
                )
            )
    return found


MESSAGES = _messages()


def _placeholders(text: str) -> Counter[str]:
    return Counter(_QT_ARG.findall(text)) + Counter(
        "{" + f + "}" for f in _FORMAT_FIELD.findall(text)
    )


def test_the_ts_file_is_not_empty() -> None:
    assert len(MESSAGES) > 400, f"only {len(MESSAGES)} messages in {TS.name}"


def test_every_message_is_translated() -> None:
    problems = [
        f"{m}: {m.kind}" if m.kind else f"{m}: empty translation"
        for m in MESSAGES
        if m.kind or not all(t.strip() for t in m.translations)
    ]
    assert not problems, f"{len(problems)} untranslated ({UPDATE}):\n" + "\n".join(problems)


def test_plural_messages_have_both_spanish_forms() -> None:
    plural = [m for m in MESSAGES if m.numerus]
    problems = [str(m) for m in plural if len(m.translations) != 2]
    problems += [f"{m}: no %n" for m in plural if "%n" not in m.source]
    assert not problems, "\n".join(problems)


def test_translations_keep_the_placeholders_of_their_source() -> None:
    problems = []
    for m in MESSAGES:
        want = _placeholders(m.source)
        for text in m.translations:
            got = _placeholders(text)
            # Spanish has two plural forms; the singular may spell "one" instead of %n.
            if m.numerus and text is m.translations[0]:
                want_here, got_here = want - Counter({"%n": 99}), got - Counter({"%n": 99})
            else:
                want_here, got_here = want, got
            if got_here != want_here:
                problems.append(f"{m}: {dict(want_here)} became {dict(got_here)} in {text!r}")
    assert not problems, "\n".join(problems)


def test_translations_keep_tags_accelerators_and_edge_spaces() -> None:
    problems = []
    for m in MESSAGES:
        for text in m.translations:
            if Counter(_TAG.findall(text)) != Counter(_TAG.findall(m.source)):
                problems.append(f"{m}: tags differ in {text!r}")
            if len(_ACCELERATOR.findall(text)) != len(_ACCELERATOR.findall(m.source)):
                problems.append(f"{m}: & accelerator differs in {text!r}")
            # fragments such as " (suggested {day})" are appended to other text
            for edge, strip in (("leading", str.lstrip), ("trailing", str.rstrip)):
                if (strip(m.source) != m.source) != (strip(text) != text):
                    problems.append(f"{m}: {edge} space differs in {text!r}")
            if m.source.count("\n") != text.count("\n"):
                problems.append(f"{m}: line breaks differ in {text!r}")
    assert not problems, "\n".join(problems)


@pytest.fixture
def spanish(qapp) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(QM)), f"{QM} does not load"
    assert qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_the_qm_holds_exactly_what_the_ts_says(spanish: QTranslator) -> None:
    """A .qm compiled before the last change to the .ts answers with old or no words."""
    stale = []
    for m in MESSAGES:
        if m.numerus:
            for n, want in ((1, m.translations[0]), (5, m.translations[-1])):
                got = spanish.translate(m.context, m.source, m.comment or None, n)
                if got != want:
                    stale.append(f"{m} n={n}: .qm says {got!r}, .ts says {want!r}")
        else:
            got = spanish.translate(m.context, m.source, m.comment or None)
            if got != m.translations[0]:
                stale.append(f"{m}: .qm says {got!r}, .ts says {m.translations[0]!r}")
    assert not stale, f"{QM.name} is out of date ({UPDATE}):\n" + "\n".join(stale)


def test_nurse_station_strings_come_out_in_spanish(spanish: QTranslator, qtbot) -> None:
    """Through the real call sites: their runtime context must be the one in the .ts."""
    from kiosk.domain.aftercare import Area
    from kiosk.domain.pin_policy import PinPolicy
    from kiosk.domain.visit import VisitStatus
    from kiosk.services.binding import NurseServices
    from kiosk.services.staff import LockoutPolicy
    from ui.nurse import labels
    from ui.nurse.audit_words import event_text
    from ui.nurse.context import NurseContext
    from ui.nurse.decide_page import DecidePage
    from ui.nurse.staff_words import new_pin_problem
    from ui.widgets.nurse_pinpad import NursePinPad

    pinpad = NursePinPad()
    qtbot.addWidget(pinpad)
    assert pinpad.ok_button.text() == "Entrar"
    assert pinpad.field.placeholderText() == "Escriba su PIN"
    decide = DecidePage(
        NurseContext(NurseServices(None, zone="UTC", pepper=b"", lockout=LockoutPolicy()))
    )
    qtbot.addWidget(decide)
    assert decide.clear_button.text() == "Autorizar el procedimiento"
    assert decide.defer_button.text() == "Aplazar"
    assert labels.status_text(VisitStatus.SUBMITTED) == "Pendiente de revisión"
    assert labels.status_text(VisitStatus.CLEARED) == "Autorizado"
    assert labels.flags_text(2, None).startswith("2 alertas")
    assert labels.area_text(Area.EYES) == "Alrededor de los ojos"
    assert new_pin_problem("12", "12", PinPolicy()) == (
        "El PIN necesita al menos 6 dígitos; este tiene 2."
    )
    assert new_pin_problem("19900101", "19900101", PinPolicy()).startswith("Este PIN parece")
    assert (
        event_text("staff.signout", "staff:1", "staff:1", {"reason": "idle", "station": "A"}, {})
        == "Se cerró la sesión de miembro del personal 1 en \u2068A\u2069 tras un tiempo"
        " sin actividad."
    )
    assert QCoreApplication.translate("TopBar", "Sign out") == "Cerrar sesión"
    assert QCoreApplication.translate(
        "StartupProblem", "The disk is full. Ask IT to free space, then press Try again."
    ).startswith("El disco")


# -- every string in ui/ reached the .ts ---------------------------------------------------


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


_APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}


def _calls_in_ui() -> tuple[set[tuple[str, str]], list[str]]:
    """(context, source) of every tr/translate call in ui/, and calls lupdate cannot read."""
    wanted: set[tuple[str, str]] = set()
    unreadable: list[str] = []

    def visit(node: ast.AST, klass: str | None, path: Path) -> None:
        for child in ast.iter_child_nodes(node):
            visit(child, child.name if isinstance(child, ast.ClassDef) else klass, path)
        if not isinstance(node, ast.Call):
            return
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        owner = func.value if isinstance(func, ast.Attribute) else None
        qt_translate = isinstance(owner, ast.Name) and owner.id in _APPLICATIONS
        if name == "translate" and qt_translate:
            literals = [_literal(arg) for arg in node.args[:2]]
            if len(literals) < 2 or None in literals:
                unreadable.append(f"{where}: translate() without literal context and text")
            else:
                wanted.add((literals[0], literals[1]))
        elif name in ("tr", "_tr", "trUtf8") and node.args:
            source = _literal(node.args[0])
            is_method = isinstance(func, ast.Attribute) and klass is not None
            if source is None or not is_method:
                unreadable.append(f"{where}: {ast.unparse(node)[:80]}")
            else:
                wanted.add((klass, source))

    for path in sorted((ROOT / "ui").rglob("*.py")):
        visit(ast.parse(path.read_text(encoding="utf-8")), None, path)
    return wanted, unreadable


def test_every_string_in_ui_is_in_the_ts() -> None:
    wanted, unreadable = _calls_in_ui()
    assert not unreadable, (
        'lupdate cannot extract these (use self.tr("literal") in a class or '
        'QCoreApplication.translate("Context", "literal")):\n' + "\n".join(unreadable)
    )
    known = {(m.context, m.source) for m in MESSAGES}
    missing = sorted(wanted - known)
    assert not missing, f"not in {TS.name} ({UPDATE}):\n" + "\n".join(map(str, missing))
