"""The speed budget in one command:  make bench  /  python benchmarks/run_all.py [--quick]

Prints one table: every figure is a ratio against a baseline measured in the same run (see
benchmarks/measure.py), so results compare across machines; the machine is printed too.
Exit status 1 if any target is missed.  --quick runs fewer repetitions (noisier).
PostgreSQL check-ins are added when CLINIC_KIOSK_BENCH_PG holds a server URL.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import (  # noqa: E402
    bench_checkin,
    bench_documents,
    bench_memory,
    bench_queue,
    bench_record_verify,
    bench_search,
    bench_signin,
    bench_startup,
)
from benchmarks.measure import Result, table  # noqa: E402


def machine() -> str:
    """nproc, CPU model, Python and PySide6 versions, and the date: what RESULTS.md records."""
    from PySide6 import __version__ as pyside

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {os.cpu_count()} CPUs, {cpu}; "
        f"{platform.system()} {platform.release()}; Python {platform.python_version()}; "
        f"PySide6 {pyside}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args(argv)
    scale = 1 if not args.quick else 0.3

    def reps(n: int) -> int:
        return max(3, int(n * scale))

    print(machine(), flush=True)
    results: list[Result] = []
    failures: list[str] = []

    def run(name: str, measure: Callable[[], list[Result]]) -> None:
        """A benchmark that breaks is reported and the others still run."""
        try:
            results.extend(measure())
        except Exception as exc:
            failures.append(f"{name}: could not measure: {type(exc).__name__}: {exc}")

    bare: list[int] = []

    def startup() -> list[Result]:
        found, bare_runs = bench_startup.measure(reps(9))
        bare.extend(p.maxrss_kib for p in bare_runs)
        return found

    run("start-up", startup)
    run("memory", lambda: bench_memory.measure(reps(3), bare_rss=bare or None))
    run("check-in", lambda: bench_checkin.measure(reps(40)))
    run("check-in beside sign-ins", lambda: bench_signin.measure(reps(200)))
    run("queue", lambda: bench_queue.measure(reps(50)))
    # The 1,000,000-visit clinic is built once and cached (~20 min on a 2-CPU machine).
    run("search", lambda: bench_search.measure(reps(30)))
    run("aftercare sheet", lambda: bench_documents.measure(reps(20)))
    run("audit verify", lambda: bench_record_verify.measure(reps(2)))
    print(table(results))
    for failure in failures:
        print(failure[:2000])
    missed = [r.name for r in results if not r.passed]
    print(f"{len(results) - len(missed)} of {len(results)} within target")
    return 1 if missed or failures else 0


if __name__ == "__main__":
    sys.exit(main())
