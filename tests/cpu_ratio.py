"""CPU seconds of a small and a large input, for tests that a cost grows in proportion to size."""

from __future__ import annotations


def least_of_alternate_runs(cpu, small: int, large: int, rounds: int = 5) -> tuple[float, float]:
    """The least CPU seconds of ``cpu(small)`` and of ``cpu(large)`` over rounds run alternately: a
    busy virtual machine can charge one run a stall (seen: 10x), never every run."""
    runs = [(cpu(small), cpu(large)) for _ in range(rounds)]
    return min(r[0] for r in runs), min(r[1] for r in runs)
