"""Check-ins while two nurses sign in over and over, against check-ins alone (SQLite).

Plain script:  python benchmarks/bench_signin.py [N]
The PIN hash (argon2id, ~20 ms, 19 MiB) runs outside every transaction, so sign-ins compete
with check-ins for the CPU only, never for SQLite's one write lock (issue 11: with the hash
inside the write transaction, two sign-in loops stretched 8 x 50 check-ins elevenfold). The
figure is the time for N check-ins with two sign-in loops running, over N check-ins alone,
measured in the same run on the same database.
"""

from __future__ import annotations

import contextlib
import itertools
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.measure import Result, table  # noqa: E402
from kiosk.content import load_content  # noqa: E402
from kiosk.domain.staff import Role  # noqa: E402
from kiosk.services.checkin import submit_checkin  # noqa: E402
from kiosk.services.errors import AuthError  # noqa: E402
from kiosk.services.signin import LockoutPolicy, authenticate, sign_out  # noqa: E402
from kiosk.services.staff import create_first_admin, create_staff  # noqa: E402
from kiosk.storage import open_database, sqlite_url  # noqa: E402
from tests.fixtures.database import TEST_ZONE, fixed_clock, make_submission  # noqa: E402

TARGET = 3.0  # two cores shared with the hashing: at most the check-in's own budget again
PIN, PEPPER = "583920", bytes(32)


def measure(n: int = 200) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="bench-signin-") as tmp:
        db = open_database(sqlite_url(Path(tmp) / "clinic.sqlite3"))
        try:
            return [_measure(db, n)]
        finally:
            db.dispose()


def _measure(db, n: int) -> Result:  # type: ignore[no-untyped-def]
    sf = db.session_factory
    content = load_content("en")
    admin = create_first_admin(sf, name="Bench Admin", pin=PIN, pepper=PEPPER)
    signed = authenticate(
        sf, code=admin.code, pin=PIN, station="bench", pepper=PEPPER, lockout=LockoutPolicy()
    )
    nurse = create_staff(
        sf, name="Bench Nurse", pin=PIN, role=Role.NURSE, actor=signed, pepper=PEPPER
    )
    counter = itertools.count()

    def checkins() -> float:
        start = time.perf_counter()
        for _ in range(n):
            submission = make_submission(
                content.checklist, consent=content.consent, first_name=f"Ana{next(counter)}"
            )
            submit_checkin(
                sf,
                submission,
                checklist=content.checklist,
                consent=content.consent,
                zone=TEST_ZONE,
                clock=fixed_clock(),
            )
        return time.perf_counter() - start

    signed_ins: list[int] = []

    def sign_in_loop(code: str, station: str, stop: threading.Event) -> None:
        while not stop.is_set():
            signed_ins.append(1)
            with contextlib.suppress(AuthError):  # right and wrong PINs alike
                who = authenticate(
                    sf,
                    code=code,
                    pin=PIN,
                    station=station,
                    pepper=PEPPER,
                    lockout=LockoutPolicy(attempts=10**6, hard_limit=10**6),
                )
                sign_out(sf, who)

    checkins()  # warm-up
    alone = checkins()
    stop = threading.Event()
    loops = [
        threading.Thread(target=sign_in_loop, args=(code, f"nurse-{i}", stop))
        for i, code in enumerate((admin.code, nurse.code))
    ]
    for loop in loops:
        loop.start()
    while len(signed_ins) < 4:  # both loops are hashing before the clock starts
        time.sleep(0.01)
    try:
        busy = checkins()
    finally:
        stop.set()
        for loop in loops:
            loop.join()
    return Result(
        f"{n} check-ins while 2 nurses sign in non-stop (SQLite)",
        busy,
        alone,
        "s",
        TARGET,
        f"vs the same check-ins alone, {len(signed_ins)} sign-ins meanwhile;"
        " the PIN hash holds no database lock",
    )


if __name__ == "__main__":
    print(table(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 200)))
