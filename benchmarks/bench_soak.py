"""A station that lasts the week: hundreds of actions in one process, memory and time per action
at the start and at the end.

Plain script:  python benchmarks/bench_soak.py [CHECK_INS] [VISIT_PAGES] [PREVIEWS]
(defaults 300, 300, 50). Two fresh processes, offscreen, on one fresh SQLite data folder:
- the real kiosk (MainWindow) takes CHECK_INS check-ins through its patient screens, each
  back to the welcome screen (benchmarks/children/soak_kiosk.py);
- the real nurse station (ui.stations.build_nurse) then opens VISIT_PAGES visit pages of those
  check-ins and, spread among them, PREVIEWS aftercare previews, closed without printing
  (benchmarks/children/soak_nurse.py).
The baseline is the process itself: the mean resident memory (and time) over the first hundred
actions against the last hundred; the target is less than 10 % growth. Live Python objects are
printed too (every 25th action).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_startup import isolated_env  # noqa: E402
from benchmarks.measure import Result, table  # noqa: E402

CHILDREN = ROOT / "benchmarks" / "children"
GROWTH_TARGET = 1.10
WINDOW = 100  # actions compared at each end


@dataclass(frozen=True)
class Action:
    number: int
    seconds: float
    rss_kib: int
    objects: int  # -1 when not counted


def run_child(script: str, args: list[str], data: Path) -> list[Action]:
    done = subprocess.run(
        [sys.executable, str(CHILDREN / script), *args],
        env=isolated_env(data),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    actions = []
    for line in done.stdout.splitlines():
        if line.startswith("action "):
            _, number, seconds, rss, objects = line.split()
            actions.append(Action(int(number), float(seconds), int(rss), int(objects)))
    if done.returncode != 0 or not actions:
        raise RuntimeError(f"{script} failed: {done.stdout[-500:]}{done.stderr[-2000:]}")
    return actions


def ends(actions: list[Action]) -> tuple[list[Action], list[Action]]:
    window = min(WINDOW, len(actions) // 2)
    return actions[:window], actions[-window:]


def describe(station: str, actions: list[Action]) -> str:
    first, last = ends(actions)
    counted = [a for a in actions if a.objects >= 0]
    objects = (
        f"; live objects {counted[0].objects:,} at action {counted[0].number},"
        f" {counted[-1].objects:,} at action {counted[-1].number}"
        if len(counted) >= 2
        else ""
    )
    return (
        f"{station}: {len(actions)} actions; first {len(first)}: "
        f"{statistics.mean(a.rss_kib for a in first) / 1024:.1f} MiB, "
        f"{statistics.median(a.seconds for a in first) * 1000:.0f} ms per action; last "
        f"{len(last)}: {statistics.mean(a.rss_kib for a in last) / 1024:.1f} MiB, "
        f"{statistics.median(a.seconds for a in last) * 1000:.0f} ms per action{objects}"
    )


def results(station: str, what: str, actions: list[Action]) -> list[Result]:
    first, last = ends(actions)
    return [
        Result(
            f"soak, {station}: resident memory over the last {len(last)} {what} vs the first",
            statistics.mean(a.rss_kib for a in last) / 1024,
            statistics.mean(a.rss_kib for a in first) / 1024,
            "MiB",
            GROWTH_TARGET,
        ),
        Result(
            f"soak, {station}: median time per action, last {len(last)} {what} vs the first",
            statistics.median(a.seconds for a in last) * 1000,
            statistics.median(a.seconds for a in first) * 1000,
            "ms",
            GROWTH_TARGET,
        ),
    ]


def measure(check_ins: int = 300, pages: int = 300, previews: int = 50) -> list[Result]:
    data = Path(tempfile.mkdtemp(prefix="kiosk-bench-soak-"))
    # A clinic with a name and a phone: documents refuse placeholders (issue 15), and the
    # nurse station's previews are part of the soak.
    (data / "config.toml").write_text(
        '[clinic]\nname = "Soak Skin Clinic"\nphone = "555-0100"\n', encoding="utf-8"
    )
    kiosk = run_child("soak_kiosk.py", [str(check_ins)], data)
    print(describe("kiosk", kiosk), flush=True)
    nurse = run_child("soak_nurse.py", [str(pages), str(previews)], data)
    print(describe("nurse station", nurse), flush=True)
    return [
        *results("kiosk", "check-ins", kiosk),
        *results("nurse station", f"visit pages ({previews} previews among them)", nurse),
    ]


def main(argv: list[str]) -> int:
    numbers = [int(a) for a in argv[:3]]
    found = measure(*numbers)
    print(table(found))
    return 0 if all(r.passed for r in found) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
