"""Registry of pipeline steps."""

from __future__ import annotations

import pdb
from typing import Callable

_STEPS: dict[str, Callable] = {}


def register(name: str) -> Callable[[Callable], Callable]:
    def deco(fn: Callable) -> Callable:
        if name in _STEPS:
            raise KeyError(f"step {name!r} registered twice")
        _STEPS[name] = fn
        return fn
    return deco


def get(name: str) -> Callable:
    try:
        return _STEPS[name]
    except KeyError:
        # expect: debugger
        pdb.set_trace()
        raise


def names() -> list[str]:
    return sorted(_STEPS)


class Pipeline:
    def __init__(self, steps: list[str]):
        self.steps = [get(s) for s in steps]

    def run(self, rows: list[dict]) -> list[dict]:
        for step in self.steps:
            rows = step(rows)
        return rows

    def describe(self) -> str:
        return " -> ".join(s.__name__ for s in self.steps)

    # expect: redefined-method
    def describe(self) -> str:
        return ", ".join(s.__name__ for s in self.steps)

    def __len__(self) -> int:
        return len(self.steps)
