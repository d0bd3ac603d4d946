"""How long the aftercare sheet takes to render, against a one-paragraph reportlab document.

Plain script, not a test:  python benchmarks/bench_aftercare.py [N]
Both are rendered warm (fonts registered, content loaded) in the same run with the same
embedded fonts, so the ratio says what the sheet's layout costs; the target is <= 3x.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.platypus import Paragraph

from kiosk.content import load_content
from kiosk.documents.aftercare import (
    ClinicHeader,
    build_aftercare_sheet,
    render_aftercare_pdf,
)
from kiosk.documents.layout import build_pdf, make_styles
from kiosk.domain.aftercare import Area, plan_aftercare
from kiosk.paths import resources_dir

TARGET = 3.0


def sheet_once(data) -> int:
    return len(render_aftercare_pdf(data))


def baseline_once() -> int:
    styles = make_styles()
    # The same two faces as the sheet (regular and bold), so both embed the same fonts.
    story = [Paragraph("<b>Questions?</b> Please call us at 555-0100.", styles.body)]
    return len(build_pdf(story, paper="letter", title="t", subject="s", language="en"))


def timed_pair(a, b, n: int) -> tuple[list[float], list[float]]:
    """Alternate the two, so a busy machine slows both alike (it is shared with others)."""
    times_a, times_b = [], []
    for _ in range(n):
        for fn, out in ((a, times_a), (b, times_b)):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return times_a, times_b


def warm_sheet():
    """The sheet both benchmarks render (face and eyes, second session), rendered once with
    the baseline so fonts are parsed, images decoded and caches filled."""
    content = load_content("en").aftercare
    plan = plan_aftercare(content, date(2026, 1, 28), {Area.FACE, Area.EYES}, 2)
    clinic = ClinicHeader(
        "Bright Skin Clinic",
        "555-0100",
        "12 Example Street",
        resources_dir() / "images" / "clinic-logo.png",
    )
    data = build_aftercare_sheet(content, plan, patient_name="María José Núñez", clinic=clinic)
    sheet_once(data)
    baseline_once()
    return data


def main(n: int = 30) -> int:
    data = warm_sheet()
    sheets, bases = timed_pair(lambda: sheet_once(data), baseline_once, n)
    for label, pick in (("median", statistics.median), ("fastest", min)):
        sheet, base = pick(sheets), pick(bases)
        print(
            f"{label:8} aftercare sheet {sheet * 1000:7.1f} ms | one paragraph"
            f" {base * 1000:6.1f} ms | ratio {sheet / base:5.2f}x"
        )
    ratio = min(sheets) / min(bases)
    print(f"ratio (fastest of {n}): {ratio:.2f}x, target <= {TARGET:.0f}x")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 30))
