"""Shared helpers for the speed budget: alternate timings and one result row per target.

Every figure is a ratio against a baseline measured in the same run, alternating the two, so a
busy or slow machine (this one is shared) slows both alike and the ratio stays meaningful.
In-process timings keep the fastest of N runs (as timeit advises: slower runs measure other
load on the machine, not the code); whole processes keep the median.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """One line of the table: ``value`` and ``baseline`` in ``unit``; passes if ratio <= target."""

    name: str
    value: float
    baseline: float
    unit: str
    target: float
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.value / self.baseline

    @property
    def passed(self) -> bool:
        return self.ratio <= self.target


def alternate(a: Callable[[], object], b: Callable[[], object], n: int) -> tuple[float, float]:
    """Fastest seconds of ``a`` and ``b``, run alternately ``n`` times each after one warm-up."""
    a()
    b()
    times_a: list[float] = []
    times_b: list[float] = []
    for _ in range(n):
        for fn, out in ((a, times_a), (b, times_b)):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return min(times_a), min(times_b)


def table(results: list[Result]) -> str:
    """The results as a Markdown table (readable in a terminal and pasteable into RESULTS.md)."""
    lines = [
        "| measurement | value | baseline | ratio | target | |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for r in results:
        informational = r.target == float("inf")  # shown beside a target, with none of its own
        target = "none" if informational else f"<= {r.target:g}x"
        verdict = "for information" if informational else ("ok" if r.passed else "MISSED")
        lines.append(
            f"| {r.name} | {r.value:.2f} {r.unit} | {r.baseline:.2f} {r.unit} |"
            f" {r.ratio:.2f}x | {target} | {verdict}{' — ' + r.note if r.note else ''} |"
        )
    return "\n".join(lines)
