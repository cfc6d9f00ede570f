"""Timing helpers shared by the bench scripts (run them as `python bench/NAME.py`)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(action: Callable[[], object], repeat: int, *, warm_up: bool = False) -> float:
    """Median wall milliseconds of `repeat` calls, optionally after one untimed warm-up call."""
    if warm_up:
        action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)
