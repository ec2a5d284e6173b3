"""Compiled code kept in the user's cache between runs, one marshal file a kind for this
Python's bytecode only (``postil.core.dataclass_code``, ``postil.server.attrs_methods``).

The file is read only when it is a regular file of this user that nobody else may write (it is
code postil runs: ``usercache.read_private``); any failure to read or write it is a miss, never
an error.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from postil.core.usercache import cache_dir, content_key, read_marshal, write_marshal


def _key(kind: str) -> str:
    """The key of ``kind``'s entry for this Python (its bytecode's magic number and build)."""
    return content_key(kind, importlib.util.MAGIC_NUMBER + sys.version.encode())


def cache_file(kind: str) -> Path:
    """The cache file of ``kind`` for this Python."""
    return cache_dir() / kind / f"{_key(kind)}.marshal"


def load(kind: str) -> dict:
    """What was kept for ``kind``, as marshal loads it; {} when nothing usable is there."""
    kept = read_marshal(kind, _key(kind))
    return kept if isinstance(kept, dict) else {}


def save_used(kind: str, used: dict, limit: int) -> dict:
    """Keep what a run ``used`` plus what is kept now (earlier runs, other commands and this
    run's worker processes use other entries), up to ``limit`` entries; past it, only what it
    used. What is kept now."""
    merged = {**load(kind), **used}
    merged = merged if len(merged) <= limit else dict(used)
    save(kind, merged)
    return merged


def save(kind: str, kept: dict) -> None:
    """Keep ``kept`` for ``kind`` (a private file, written whole or not at all)."""
    write_marshal(kind, _key(kind), kept)
