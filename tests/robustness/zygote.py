"""A fork server for the kill tests: it imports once, then forks a fresh child per line.

The child process (``python -m tests.robustness.<module> ...``) calls :func:`serve`: for each
line ``run N`` on stdin it forks a child that does ``work(N)`` and prints ``started <pid> <N>``
when it exists and ``dead <pid> <signal> <exit code>`` once the test has killed it (or it
ended) and it was reaped; a child whose work raised prints its traceback and exits 1.
Forking keeps a kill cycle at milliseconds instead of a second of Python imports. The test
side starts one with :func:`zygote`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def serve(work: Callable[[int], None]) -> None:
    """Fork ``work(run)`` for every ``run N`` line on stdin, and report each child's end."""
    for line in sys.stdin:
        run = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                work(run)
            except BaseException:
                traceback.print_exc()
                code = 1
            os._exit(code)
        print(f"started {pid} {run}", flush=True)
        _, status = os.waitpid(pid, 0)
        signal = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1
        print(f"dead {pid} {signal} {code}", flush=True)


@contextmanager
def zygote(module: str, *args: str) -> Iterator[subprocess.Popen[str]]:
    """``python -m module args`` from the repository, line by line; killed if still alive."""
    with subprocess.Popen(
        [sys.executable, "-m", module, *args],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
    ) as process:
        try:
            yield process
        finally:
            process.stdin.close()
            if process.poll() is None:
                process.kill()
