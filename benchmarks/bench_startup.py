"""Cold start: a fresh kiosk process until its screen has painted, against a bare PySide6 window.

Plain script:  python benchmarks/bench_startup.py [N]
Each run is a new process (offscreen, full screen) on an existing, migrated SQLite database,
from the source tree through benchmarks/children/kiosk_start.py (the program's own start,
ui.app.build_app, plus a paint probe that the program itself does not carry); the time runs
from spawning it to the end of the paint it reports, compared with time.monotonic, which is one
clock for every process. (The bundle is not timed: it carries no probe.)
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.measure import Result, table  # noqa: E402

BARE = [sys.executable, str(ROOT / "benchmarks" / "children" / "bare_window.py")]
KIOSK = [sys.executable, "-m", "ui.cli"]
START = [sys.executable, str(ROOT / "benchmarks" / "children" / "kiosk_start.py")]
FIRST_FRAME_TARGET = 1.5
PYCACHE = Path(tempfile.gettempdir()) / "clinic-kiosk-bench" / "pycache"


@dataclass(frozen=True)
class Painted:
    seconds: float  # from spawning the process to its reported paint
    maxrss_kib: int


def isolated_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """Offscreen, its own data folder and an empty config: nothing from the user's setup.

    Bytecode is cached (in a folder of its own, not the source tree), as it is for an installed
    package or the bundle: with PYTHONDONTWRITEBYTECODE set, every start would compile the
    kiosk's ~150 modules from source, which no tablet does.
    """
    config = data_dir / "config.toml"
    if not config.exists():
        config.write_text("", encoding="utf-8")
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("CLINIC_KIOSK_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "CLINIC_KIOSK_DATA_DIR": str(data_dir),
        "CLINIC_KIOSK_CONFIG": str(config),
        "PYTHONPYCACHEPREFIX": str(PYCACHE),
    }
    return env | extra


def prepared_data_dir() -> Path:
    """A data folder with a migrated database, as on any start after the first."""
    data = Path(tempfile.mkdtemp(prefix="kiosk-bench-start-"))
    subprocess.run([*KIOSK, "init-db"], env=isolated_env(data), cwd=ROOT, check=True)
    return data


def painted(command: Sequence[str], env: dict[str, str]) -> Painted:
    start = time.monotonic()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("painted ")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{command} did not report a paint: {done.stderr[-2000:]}")
    _, _, at, rss = lines[-1].split()
    return Painted(float(at) - start, int(rss))


def measure(n: int = 7) -> tuple[list[Result], list[Painted]]:
    """Startup results, and the bare windows' runs (their memory is the memory baseline)."""
    data = prepared_data_dir()
    bare_env = isolated_env(data)
    commands = {"source": START}
    bare: list[Painted] = []
    runs: dict[tuple[str, str], list[Painted]] = {
        (kind, page): [] for kind in commands for page in ("first", "ready")
    }
    painted(BARE, bare_env)  # warm the page and bytecode caches: these are "warm cold starts"
    for command in commands.values():
        painted([*command, "ready"], isolated_env(data))
    for _ in range(n):
        bare.append(painted(BARE, bare_env))
        for (kind, page), found in runs.items():
            found.append(painted([*commands[kind], page], isolated_env(data)))
    base = statistics.median(p.seconds for p in bare)
    names = {
        "first": "patient welcome painted (the first frame; the database opens behind it)",
        "ready": "database open and checked, a check-in can be stored (welcome repainted)",
    }
    results = [
        Result(
            f"cold start ({kind}): {names[page]}",
            statistics.median(p.seconds for p in found) * 1000,
            base * 1000,
            "ms",
            FIRST_FRAME_TARGET if page == "first" else float("inf"),
        )
        for (kind, page), found in runs.items()
    ]
    return results, bare


def main(n: int = 7) -> int:
    results, _ = measure(n)
    print(table(results))
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 7))
