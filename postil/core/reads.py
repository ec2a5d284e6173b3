"""What a check looked at beyond the files it was given, noted as it looks: a file's bytes (their
digest), whether a path is a file, a directory or a link, where a path really leads, a
directory's entries. A later run asks each again (:meth:`ReadLog.holds`): when every answer is
the same, nothing the check's answer rested on has changed (see scan_cache).

Nothing is noted unless a log is open (:func:`recording`); the places that look go through the
functions here (the taint rules' module reads, import resolution and near-file listings). A
forked worker's notes travel back with its result (:func:`carried`, :func:`received`).
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable
from contextlib import contextmanager

Fact = tuple[str, str, object]  # (kind, path, answer)


def _regular_bytes(path: str) -> bytes | None:
    """A regular file's bytes (links followed; a FIFO or device is never read); None when it is
    none or cannot be read."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb") as fh:
            return fh.read() if stat.S_ISREG(os.fstat(fd).st_mode) else None
    except OSError:
        return None


def _digest(path: str) -> str | None:
    """The sha256 of a regular file's bytes; None when it is none or cannot be read."""
    data = _regular_bytes(path)
    return None if data is None else hashlib.sha256(data).hexdigest()


def _entries(path: str) -> list[list[str]] | None:
    """A directory's entries as [name, kind] (d, f, l or o; links not followed), sorted; None when
    it cannot be listed."""
    try:
        with os.scandir(path) as found:
            return sorted([entry.name, _kind(entry)] for entry in found)
    except OSError:
        return None


def _kind(entry: os.DirEntry) -> str:
    try:
        if entry.is_symlink():
            return "l"
        return "d" if entry.is_dir(follow_symlinks=False) else "f" if entry.is_file(follow_symlinks=False) else "o"
    except OSError:
        return "o"


# how each kind of fact is asked again
ASK: dict[str, Callable[[str], object]] = {
    "bytes": _digest,
    "isfile": os.path.isfile,
    "isdir": os.path.isdir,
    "islink": os.path.islink,
    "realpath": os.path.realpath,
    "entries": _entries,
}


class ReadLog:
    """The facts one run noted, each with the first answer it got; ``unsteady`` once a fact was
    answered two ways in the run (a file changed while it ran) or a notice was logged that a
    replay would not repeat."""

    def __init__(self) -> None:
        self.facts: dict[tuple[str, str], object] = {}
        self.order: list[Fact] = []
        self.unsteady = False

    def note(self, kind: str, path: str, answer: object) -> None:
        key = (kind, path)
        if key not in self.facts:
            self.facts[key] = answer
            self.order.append((kind, path, answer))
        elif self.facts[key] != answer:
            self.unsteady = True

    def holds(self, facts: list[Fact] | None = None) -> bool:
        """Whether every fact (default: this log's) gets the same answer now."""
        return all(ASK[kind](path) == answer for kind, path, answer in (self.order if facts is None else facts))


_log: ReadLog | None = None


@contextmanager
def recording():
    """A log of what is looked at while the block runs (the one open log: nested, the outer's)."""
    global _log
    outer = _log
    _log = outer or ReadLog()
    try:
        yield _log
    finally:
        _log = outer


def _asked(kind: str, path: str) -> object:
    answer = ASK[kind](path)
    if _log is not None:
        _log.note(kind, path, answer)
    return answer


def isfile(path: str) -> bool:
    return _asked("isfile", path)


def isdir(path: str) -> bool:
    return _asked("isdir", path)


def islink(path: str) -> bool:
    return _asked("islink", path)


def realpath(path: str) -> str:
    return _asked("realpath", path)


def entries(path: str) -> list[list[str]] | None:
    """See _entries: what a listing of ``path`` rests on."""
    return _asked("entries", path)


def read_bytes(path: str) -> bytes | None:
    """A regular file's bytes (links followed), None when it is none or cannot be read; its digest noted."""
    data = _regular_bytes(path)
    note_bytes(path, data)
    return data


def note_bytes(path: str, data: bytes | None) -> None:
    """Note that ``path`` held ``data`` (None: no readable regular file), where it was read elsewhere."""
    if _log is not None:
        _log.note("bytes", path, None if data is None else hashlib.sha256(data).hexdigest())


def noted_unsteady() -> None:
    """Something happened that a replay would not repeat (a notice logged): the run is not kept."""
    if _log is not None:
        _log.unsteady = True


def carried(work: Callable[[], object]) -> tuple[object, list[Fact], bool]:
    """In a forked worker: ``work()``'s result with the facts it noted that the log had not
    (and whether it made the log unsteady), for the parent to add with :func:`received`."""
    if _log is None:
        return work(), [], False
    before, steady = len(_log.order), not _log.unsteady
    result = work()
    return result, _log.order[before:], steady and _log.unsteady


def received(payload: tuple[object, list[Fact], bool]) -> object:
    """In the parent: a worker's result (see carried), its facts added to the open log."""
    result, facts, unsteady = payload
    if _log is not None:
        for kind, path, answer in facts:
            _log.note(kind, path, answer)
        _log.unsteady = _log.unsteady or unsteady
    return result
