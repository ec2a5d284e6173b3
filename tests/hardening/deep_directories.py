"""A checkout of many directories in deep chains, and a count of the stats a lookup makes over it (the config and
git-root lookup tests of `postil check` and of the editor's workspace check)."""

from __future__ import annotations

import os
from pathlib import Path

DIRECTORIES = 120


def chains(root: Path, depth: int) -> None:
    """DIRECTORIES directories, each holding a file, in chains ``depth`` levels deep."""
    (root / ".git").mkdir(parents=True)
    for chain in range(DIRECTORIES // depth):
        directory = root / f"c{chain}"
        for level in range(depth):
            directory = directory / f"d{level}"
            directory.mkdir(parents=True)
            (directory / "m.py").write_text("x = 1\n")


def count_stats(monkeypatch) -> list:
    """A list that gets one item per `os.stat`/`os.lstat` call until ``monkeypatch.undo()``."""
    calls: list = []
    for name in ("stat", "lstat"):
        real = getattr(os, name)
        monkeypatch.setattr(os, name, lambda *a, _real=real, **k: calls.append(1) or _real(*a, **k))
    return calls
