"""Interaction latency: each patient screen transition and the nurse's main actions, tap to the
next screen painted, median and 95th percentile, against a bare QStackedWidget switch measured
in the same process (benchmarks/children/latency.py says exactly what is timed).

Plain script:  python benchmarks/bench_latency.py [WALKS]
A fresh process, offscreen, on a fresh SQLite data folder; WALKS check-ins (default 20) after
one warm-up walk, the baseline switched ten times before each; the nurse actions on half as
many rounds. No target is set for these yet: the rows are for information.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_startup import isolated_env  # noqa: E402
from benchmarks.measure import Result, table  # noqa: E402

CHILD = ROOT / "benchmarks" / "children" / "latency.py"
BASELINE = "bare QStackedWidget switch"


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def samples(walks: int) -> dict[str, list[float]]:
    data = Path(tempfile.mkdtemp(prefix="kiosk-bench-latency-"))
    done = subprocess.run(
        [sys.executable, str(CHILD), str(walks)],
        env=isolated_env(data),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"the latency child failed: {done.stderr[-2000:]}")
    found: dict[str, list[float]] = json.loads(lines[-1])
    return found


def measure(walks: int = 20) -> list[Result]:
    found = samples(walks)
    bare = found.pop(BASELINE)
    base_median, base_p95 = statistics.median(bare) * 1000, p95(bare) * 1000
    results = []
    for label, times in found.items():
        results.append(
            Result(
                f"latency, {label}: median (n={len(times)})",
                statistics.median(times) * 1000,
                base_median,
                "ms",
                float("inf"),
            )
        )
        results.append(
            Result(
                f"latency, {label}: 95th percentile",
                p95(times) * 1000,
                base_p95,
                "ms",
                float("inf"),
            )
        )
    return results


def main(walks: int = 20) -> int:
    print(table(measure(walks)))
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20))
