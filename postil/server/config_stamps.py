"""Whether the files a checker cache was built from changed on disk.

Not every editor tells the server when a file changes (Neovim on Linux registers no file
watcher; a ``git checkout`` or another editor changes files behind any of them), so each
check first compares what the config files, the user's config file and trust store and
every rule file looked like when the checkers were built with what they look like now:
a few ``stat`` calls, no reading."""

from __future__ import annotations

import os
from pathlib import Path

Stamp = tuple[int, int] | None  # (mtime_ns, size); None: not there


def stamp(path: Path) -> Stamp:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


def rule_files(directory: Path) -> list[Path]:
    """Every directory and YAML file under ``directory`` (a new, removed or edited rule file
    shows: a directory's mtime changes when a file in it is added or removed)."""
    found = []
    for parent, dirs, names in os.walk(directory):
        dirs.sort()
        found.append(Path(parent))
        found.extend(Path(parent, name) for name in sorted(names) if name.endswith((".yml", ".yaml")))
    return found


class ConfigStamps:
    """What each file looked like when it was read."""

    def __init__(self) -> None:
        self._stamps: dict[Path, Stamp] = {}

    def record(self, paths) -> None:
        for path in paths:
            self._stamps.setdefault(path, stamp(path))

    def __len__(self) -> int:
        return len(self._stamps)

    def changed(self) -> Path | None:
        """The first recorded file that is not as it was (None: all are)."""
        for path, seen in list(self._stamps.items()):  # a snapshot: the check worker may be recording
            if stamp(path) != seen:
                return path
        return None
