"""Render every patient screen offscreen into docs/screenshots/patient-<screen>-<orientation>.png.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots_patient.py [out_dir]
Drives a real PatientKiosk with the shipped content and a submit that never touches a database.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QFont, QFontDatabase  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.children.patient_walk import settle, sign  # noqa: E402
from kiosk.content import load_content  # noqa: E402
from kiosk.domain.checklist import Answer, Choice  # noqa: E402
from kiosk.paths import resources_dir  # noqa: E402
from ui.patient.flow import Step  # noqa: E402
from ui.patient.kiosk_view import PatientKiosk  # noqa: E402
from ui.theme import ThemeOptions  # noqa: E402

SIZES = {"landscape": (1280, 800), "portrait": (800, 1280)}
TODAY = date(2026, 11, 24)


class Unavailable(Exception):
    pass


def load_fonts(app: QApplication) -> None:
    for ttf in sorted((resources_dir() / "fonts").glob("DejaVuSans*.ttf")):
        QFontDatabase.addApplicationFont(str(ttf))
    app.setFont(QFont("DejaVu Sans"))


def answer_all(kiosk: PatientKiosk, upto: int | None = None) -> None:
    items = kiosk.content.checklist.items
    for index, item in enumerate(items):
        if upto is not None and index >= upto:
            return
        if item.key == "retinoids":
            kiosk.question.on_choice_clicked(Choice.WITHIN_WINDOW)
            kiosk.question.on_day_clicked(1)
        else:
            first = kiosk.question.choice_buttons
            choice = Choice.NEVER if Choice.NEVER in first else Choice.NO
            kiosk.on_question_answered(Answer(item.key, choice))


def to_identity(kiosk: PatientKiosk, names: tuple[str, str]) -> None:
    kiosk.welcome.start.click()
    kiosk.names.first.setText(names[0])
    kiosk.names.last.setText(names[1])


def scenes(names: tuple[str, str]) -> dict[str, Callable[[PatientKiosk], None]]:
    def welcome(k):
        pass

    def about(k):
        k.welcome.about.click()

    def identity(k):
        to_identity(k, names)

    def identity_error(k):
        k.welcome.start.click()
        k.names.first.setText("🙂🙂")
        k.names.primary.click()

    def birth(k):
        to_identity(k, names)
        k.names.primary.click()
        k.birth.entry.set_value(7, 3, 1991)
        k.birth.today_box.setChecked(True)

    def question(k):
        birth(k)
        k.birth.primary.click()
        answer_all(k, upto=2)

    def question_day(k):
        birth(k)
        k.birth.primary.click()
        k.question.on_choice_clicked(Choice.WITHIN_WINDOW)

    def review(k):
        birth(k)
        k.birth.primary.click()
        answer_all(k)

    def consent(k):
        review(k)
        k.review.primary.click()

    def sign_screen(k):
        consent(k)
        settle(QApplication.instance())
        k.consent.scroll_to_end()
        for box in k.consent.checks.values():
            box.setChecked(True)
        k.consent.primary.click()
        k.sign.name.setText(" ".join(names))
        settle(QApplication.instance())
        sign(k)

    def saving_retry(k):
        sign_screen(k)
        k.sign.primary.click()
        k.sending.set_state("retrying")

    def done(k):
        sign_screen(k)
        k.show_step(Step.DONE)
        k.done_timer.stop()

    def idle(k):
        identity(k)
        k.prompt.show_countdown(27)

    return {
        "welcome": welcome,
        "about": about,
        "identity": identity,
        "identity-error": identity_error,
        "birth": birth,
        "question": question,
        "question-day": question_day,
        "review": review,
        "consent": consent,
        "sign": sign_screen,
        "saving-retry": saving_retry,
        "done": done,
        "idle-prompt": idle,
    }


# Larger text in Spanish (the longest words) on the screens where words crowd the most.
LARGE_SPANISH_SCENES = ("welcome", "question", "question-day", "review", "sign", "idle-prompt")


def render(out: Path, only: tuple[str, ...] = ()) -> list[Path]:
    """Every variant, or only the variants whose file suffix is in ``only``."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_fonts(app)
    written: list[Path] = []

    def never_returns(submission):
        raise Unavailable("screenshots do not save")

    variants = [
        ("en", ThemeOptions(), "", ("Ana María", "O'Neil-Pérez")),
        ("es", ThemeOptions(), "-es", ("José", "Núñez García")),
        ("en", ThemeOptions(high_contrast=True), "-contrast", ("Ana", "Smith")),
        ("en", ThemeOptions(large_text=True), "-large", ("Ana", "Smith")),
        ("es", ThemeOptions(large_text=True), "-large-es", ("José", "Núñez García")),
        (
            "es",
            ThemeOptions(large_text=True, high_contrast=True),
            "-large-contrast-es",
            ("José", "Núñez García"),
        ),
    ]
    for language, options, suffix, names in variants:
        for name, scene in scenes(names).items():
            if suffix == "-contrast" and name not in ("welcome", "question", "sign"):
                continue
            if suffix.startswith("-large-") and name not in LARGE_SPANISH_SCENES:
                continue
            if only and suffix not in only:
                continue
            for orientation, (w, h) in SIZES.items():
                kiosk = PatientKiosk(
                    load_content,
                    never_returns,
                    clinic_name="Riverside Skin Clinic",
                    today=lambda: TODAY,
                    retry_delays=(3600,),
                )
                kiosk.theme.apply(options)
                kiosk.large_text_toggle.setChecked(options.large_text)
                kiosk.contrast_toggle.setChecked(options.high_contrast)
                kiosk.resize(w, h)
                kiosk.show()
                kiosk.set_language(language)
                settle(app)
                scene(kiosk)
                settle(app)
                kiosk.resize(w, h)  # a screen passed on the way may have nudged the size
                settle(app)
                path = out / f"patient-{name}{suffix}-{orientation}.png"
                kiosk.grab().save(str(path))
                written.append(path)
                kiosk.switcher.set_language("en")  # take its translators off the application
                kiosk.idle.stop()
                kiosk.idle.uninstall()
                kiosk.retry_timer.stop()
                kiosk.close()
                kiosk.deleteLater()
                settle(app)
                kiosk.theme.apply(ThemeOptions())
    return written


if __name__ == "__main__":
    # Usage: screenshots_patient.py [out_dir] [suffix...]   e.g. ... docs/screenshots -large-es
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    target.mkdir(parents=True, exist_ok=True)
    for path in render(target, tuple(sys.argv[2:])):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
