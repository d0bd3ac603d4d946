"""The aftercare sheet against a minimal reportlab document with the same fonts, for the table.

Uses the documents room's benchmarks/bench_aftercare.py (its sheet, its baseline and its
alternating timer); this module only turns its figures into a Result.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import bench_aftercare  # noqa: E402
from benchmarks.measure import Result, table  # noqa: E402


def measure(n: int = 20) -> list[Result]:
    data = bench_aftercare.warm_sheet()
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
