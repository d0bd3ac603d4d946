"""Peak memory of the kiosk after one complete check-in, against a bare PySide6 window.

Plain script:  python benchmarks/bench_memory.py [N]
Both are fresh processes, offscreen and full screen; each reports its own RSS high-water mark
(resource.getrusage), the kiosk after its patient screens have stored a check-in.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_startup import BARE, isolated_env, painted  # noqa: E402
from benchmarks.measure import Result, table  # noqa: E402

KIOSK_CHECKIN = [sys.executable, str(ROOT / "benchmarks" / "children" / "kiosk_checkin.py")]
TARGET = 2.0


def checked_in_rss(data: Path) -> int:
    """KiB: the kiosk's peak RSS once a check-in has been stored."""
    done = subprocess.run(
        KIOSK_CHECKIN, env=isolated_env(data), cwd=ROOT, capture_output=True, text=True, timeout=180
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("checked-in ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"the check-in child failed: {done.stdout[-500:]}{done.stderr[-2000:]}")
    return int(lines[-1].split()[2])


def measure(n: int = 3, bare_rss: list[int] | None = None) -> list[Result]:
    """``bare_rss``: the bare window's peaks already measured (by the start-up benchmark)."""
    data = Path(tempfile.mkdtemp(prefix="kiosk-bench-memory-"))
    kiosk: list[int] = []
    bare = list(bare_rss or [])
    for _ in range(n):
        kiosk.append(checked_in_rss(data))
        if bare_rss is None:
            bare.append(painted(BARE, isolated_env(data)).maxrss_kib)
    return [
        Result(
            "peak memory after a complete check-in vs a bare window",
            statistics.median(kiosk) / 1024,
            statistics.median(bare) / 1024,
            "MiB",
            TARGET,
        )
    ]


def main(n: int = 3) -> int:
    results = measure(n)
    print(table(results))
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3))
