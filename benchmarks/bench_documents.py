"""The aftercare sheet against a minimal reportlab document with the same fonts, for the table.

Uses the documents room's benchmarks/bench_aftercare.py (its sheet, its baseline and its
alternating timer); this module only turns its figures into a Result.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import bench_aftercare  # noqa: E402
from benchmarks.measure import Result, table  # noqa: E402
from kiosk.content import load_content  # noqa: E402
from kiosk.documents.aftercare import ClinicHeader, build_aftercare_sheet  # noqa: E402
from kiosk.domain.aftercare import Area, plan_aftercare  # noqa: E402
from kiosk.paths import resources_dir  # noqa: E402


def measure(n: int = 20) -> list[Result]:
    content = load_content("en").aftercare
    plan = plan_aftercare(content, date(2026, 1, 28), {Area.FACE, Area.EYES}, 2)
    clinic = ClinicHeader(
        "Bright Skin Clinic",
        "555-0100",
        "12 Example Street",
        resources_dir() / "images" / "clinic-logo.png",
    )
    data = build_aftercare_sheet(content, plan, patient_name="María José Núñez", clinic=clinic)
    bench_aftercare.sheet_once(data)  # warm: fonts parsed, images decoded, caches filled
    bench_aftercare.baseline_once()
    sheets, bases = bench_aftercare.timed_pair(
        lambda: bench_aftercare.sheet_once(data), bench_aftercare.baseline_once, n
    )
    return [
        Result(
            "aftercare sheet vs a one-paragraph reportlab document, same fonts",
            min(sheets) * 1000,  # fastest of n, as bench_aftercare.py reports
            min(bases) * 1000,
            "ms",
            bench_aftercare.TARGET,
        )
    ]


def main(n: int = 20) -> int:
    results = measure(n)
    print(table(results))
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20))
