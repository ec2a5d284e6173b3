"""Searches up a directory tree (the nearest config file, the nearest ``.git``) that share their
answers: a directory's answer is its ancestors' unless it has its own, so the directories of one
tree, looked up together, ask each directory once instead of once per directory below it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

KNOWN_MOST = 100_000  # answers kept by one search's memo; past it the memo starts again (answers stay right)


def nearest_up(directory: Path, ask: Callable[[Path], T | None], known: dict[Path, T | None],
               stop: Path | None = None) -> T | None:
    """The first answer ``ask`` gives at ``directory`` or above it, up to ``stop`` (included) or
    the root; None when none. ``known`` holds the answers found so far by directory (for one
    ``ask`` and one ``stop`` per directory) and gets the ones found now."""
    walked: list[Path] = []
    found = None
    candidate = directory
    while True:
        if candidate in known:
            found = known[candidate]
            break
        walked.append(candidate)
        found = ask(candidate)
        parent = candidate.parent
        if found is not None or candidate == stop or parent == candidate:
            break
        candidate = parent
    if len(known) + len(walked) > KNOWN_MOST:
        known.clear()
    known.update(dict.fromkeys(walked, found))
    return found
