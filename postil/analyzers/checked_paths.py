"""The paths a check asks of a scanned file more than once, made once a real path: where it
sits in the project (its copies' check and its own check ask) and where its imports resolve
from (the taint gate and the check ask). A Path parses its parts when made (~20 k
instructions) and relative_to parses both again (~57 k with as_posix); a real path is
resolved already, so each answer is a function of the strings alone."""

from __future__ import annotations

from pathlib import Path

_KEPT = 50_000  # answers kept at most (a tree's files each once)
_RELATIVE: dict[tuple[str, Path], str | None] = {}  # (real path, root) -> relative path; None: not under it
_IMPORTERS: dict[str, Path] = {}  # real path -> its Path


def relative_path(path: Path, root: Path, real_path: str | None = None) -> str:
    """``path`` relative to ``root`` (``real_path``: it resolved, where the caller knows it;
    else it is resolved here, not kept: a link may change), as_posix; ``path`` itself when it
    is not under ``root``."""
    if real_path is None:
        return _relative(path.resolve(), root) or path.as_posix()
    key = (real_path, root)
    if key not in _RELATIVE:
        if len(_RELATIVE) >= _KEPT:
            _RELATIVE.clear()
        _RELATIVE[key] = _relative(Path(real_path), root)
    return _RELATIVE[key] or path.as_posix()


def _relative(resolved: Path, root: Path) -> str | None:
    try:
        return resolved.relative_to(root).as_posix()
    except ValueError:
        return None


def importer(path: Path, real_path: str | None) -> Path:
    """Where a checked file's imports resolve from: its real path, else its absolute one (a
    relative path is the working directory's, which need not be the root the import graph
    takes relative paths from); the same Path object for the same real path."""
    if not real_path:
        return path.absolute()
    known = _IMPORTERS.get(real_path)
    if known is None:
        if len(_IMPORTERS) >= _KEPT:
            _IMPORTERS.clear()
        known = _IMPORTERS[real_path] = Path(real_path)
    return known
