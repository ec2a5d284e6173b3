"""Which directory a command works in: the nearest one with a postil index, else a git checkout
or a postil config (imported by every command that looks for it: nothing else here)."""

from __future__ import annotations

from pathlib import Path

INDEX_DIR = Path(".postil") / "index"


def find_workspace_root(start: Path, fallback: Path | None = None) -> Path:
    """The nearest directory holding a postil index, else a git checkout or a postil
    config; else ``fallback`` (the current directory) when it contains ``start``."""
    start = start.resolve()
    for marker in (INDEX_DIR, Path(".git"), Path(".postil.toml")):
        for directory in (start, *start.parents):
            if (directory / marker).exists():
                return directory
    fallback = (fallback or Path.cwd()).resolve()
    if fallback == start or fallback in start.parents:
        return fallback
    return start
