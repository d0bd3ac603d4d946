"""Renders on several worker threads at once give exactly the bytes of a render on its own."""

from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

from kiosk.config import load_settings
from kiosk.documents.preview import preview_aftercare_pdf


def test_concurrent_renders_are_identical_to_a_lone_one(tmp_path: Path) -> None:
    settings = load_settings(None, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path)})

    def render(language: str) -> bytes:
        return preview_aftercare_pdf(
            settings,
            name="Zoë Nguyễn",
            procedure_date=date(2028, 2, 29),
            areas=("face", "eyes"),
            session=2,
            language=language,
        )

    alone = {lang: render(lang) for lang in ("en", "es")}
    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(render, ["en", "es"] * 4))
    assert together == [alone["en"], alone["es"]] * 4
    assert alone["en"] != alone["es"]
