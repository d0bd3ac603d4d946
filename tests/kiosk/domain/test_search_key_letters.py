"""Letters whose mark is part of the letter still fold to their base for the nurse's search."""

import pytest

from kiosk.domain.patient import search_key


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        (("Işık", "Yılmaz"), ("ISIK", "YILMAZ")),
        (("Łukasz", "Wiśniewski"), ("lukasz", "wisniewski")),
        (("Søren", "Kierkegaard"), ("soren", "KIERKEGAARD")),
        (("Đorđe", "Æsir"), ("dorde", "aesir")),
        (("José", "Núñez"), ("JOSE", "nunez")),
        (("İlkay", "Öztürk"), ("ilkay", "ozturk")),
    ],
)
def test_typed_plainly_finds_the_name_as_written(stored, typed) -> None:
    assert search_key(*stored) == search_key(*typed)


def test_different_names_stay_different() -> None:
    assert search_key("Ana", "Lopez") != search_key("Ann", "Lopez")
