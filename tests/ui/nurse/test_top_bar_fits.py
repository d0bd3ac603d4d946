"""The top bar fits the screen, upright or wide, in English and Spanish: the signed-in name
shows whole (the role under it), every button whole beside it, nothing past the edge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from kiosk.domain.staff import Role
from kiosk.services.staff import create_staff
from tests.fixtures.database import TEST_PEPPER, TEST_PIN, fixed_clock
from tests.ui.nurse.conftest import signed_in
from ui.i18n import LanguageSwitcher

NAME = "María José García López"  # two surnames, as many Spanish-speaking staff have
ROLE = {"en": "Administrator", "es": "Administrador/a"}


@pytest.fixture
def long_named_admin(session_factory, admin):
    return create_staff(
        session_factory,
        name=NAME,
        pin=TEST_PIN,
        role=Role.ADMIN,
        actor=admin,
        pepper=TEST_PEPPER,
        clock=fixed_clock(),
    )


@pytest.fixture
def switcher(qapp):
    switch = LanguageSwitcher()
    yield switch
    switch.set_language("en")


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", [(1280, 800), (800, 1280)])
def test_the_signed_in_name_and_every_button_fit(
    qtbot, make_station, long_named_admin, switcher, language, size
) -> None:
    assert switcher.set_language(language)
    station = signed_in(qtbot, make_station(), long_named_admin)
    station.resize(*size)
    bar = station.top_bar
    qtbot.waitUntil(lambda: bar.width() == size[0], timeout=5000)
    who = station.who

    assert who.text() == f"{NAME}\n{ROLE[language]}"  # whole: nothing cut with "…"
    metrics = who.fontMetrics()
    lines = who.text().split("\n")
    assert max(metrics.horizontalAdvance(line) for line in lines) <= who.contentsRect().width()
    assert len(lines) * metrics.lineSpacing() <= who.contentsRect().height()
    assert who.toolTip() == who.accessibleName() == who.full_text
    assert NAME in who.full_text and ROLE[language] in who.full_text

    inside = QRect(0, 0, bar.width(), bar.height())
    buttons = [station.my_pin_button, station.admin_button, station.exit_button]
    buttons.append(station.signout_button)
    for widget in (who, *buttons):
        assert widget.isVisible()
        assert inside.contains(widget.geometry()), widget.accessibleName()
    for button in buttons:
        assert not button.geometry().intersects(who.geometry())
        assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width()
