"""What postil learned about a model server, kept per endpoint and model in one JSON file in
``.postil/llm/`` (the response format it takes, its context window): read anew each time, so
that other processes' lessons count; a file that is not what postil wrote counts as empty."""

from __future__ import annotations

import json
from pathlib import Path


def recall(path: Path | None, key: str):
    """The value kept under ``key`` (None: none, or no file)."""
    if path is None:
        return None
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return known.get(key) if isinstance(known, dict) else None


def remember(path: Path | None, key: str, value) -> None:
    """Keep ``value`` under ``key`` beside what is kept for other keys (nothing without a path;
    an unwritable file keeps it for no one: the caller holds it for its own process)."""
    if path is None:
        return
    from postil.core.atomic import write_atomic

    try:
        known = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    try:
        write_atomic(path, json.dumps({**(known if isinstance(known, dict) else {}), key: value}))
    except OSError:
        pass
