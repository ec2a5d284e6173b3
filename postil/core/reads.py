"""What a check looked at beyond the files it was given, noted as it looks: a file's bytes (their
digest), whether a path is a file, a directory or a link, where a path really leads, a
directory's entries. A later run asks each again (:meth:`ReadLog.holds`): when every answer is
the same, nothing the check's answer rested on has changed (see postil.result_cache).

Nothing is noted unless a log is open (:func:`recording`); the places that look go through the
functions here (the taint rules' module reads, import resolution and near-file listings). A
forked worker's notes travel back with its result (:func:`carried`, :func:`received`).
"""

from __future__ import annotations

import hashlib
import itertools
import os
import stat
from collections.abc import Callable
from contextlib import contextmanager

Fact = tuple[str, str, object]  # (kind, path, answer)


BOUND = 1 << 20  # a file larger than this is not read: its fact is that it is larger (see _bounded)
LISTED = 10_000  # a directory's entries read at most (see _entries): near-file listings need far fewer


def regular_bytes(path: str | os.PathLike, limit: int,
                  opened: Callable[[os.stat_result], object] | None = None) -> bytes | str:
    """A regular file's bytes (links followed; a FIFO or device is never read), or what stands for
    them: "over:SIZE" past ``limit`` bytes (then not read), "kind:MODE" where it is no regular
    file, "error:ERRNO" where it cannot be opened or read. ``opened`` gets the open file's status
    before it is read."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        return f"error:{exc.errno}"
    try:
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fd)
            if opened is not None:
                opened(st)
            if not stat.S_ISREG(st.st_mode):
                return f"kind:{stat.S_IFMT(st.st_mode)}"
            if st.st_size > limit:
                return f"over:{st.st_size}"
            data = fh.read(limit + 1)
    except OSError as exc:
        return f"error:{exc.errno}"
    return f"over:{len(data)}" if len(data) > limit else data


def _bounded(path: str) -> tuple[bytes | None, str | None]:
    """A regular file's bytes (see regular_bytes) and what they are as a fact: their sha256, or
    "over" past :data:`BOUND` (then not read); (None, None) when it is no regular file or cannot
    be read."""
    data = regular_bytes(path, BOUND)
    if isinstance(data, bytes):
        return data, hashlib.sha256(data).hexdigest()
    return (None, "over") if data.startswith("over:") else (None, None)


def _entries(path: str) -> list[list[str]] | None:
    """A directory's entries as [name, kind] (d, f, l or o; links not followed), sorted; None when
    it cannot be listed. Of a directory of more than :data:`LISTED`, the first LISTED as listed (a
    hostile one of 500,000 was read, typed and sorted whole near each file checked)."""
    try:
        with os.scandir(path) as found:
            return sorted([entry.name, _kind(entry)] for entry in itertools.islice(found, LISTED))
    except OSError:
        return None


def _kind(entry: os.DirEntry) -> str:
    try:
        if entry.is_symlink():
            return "l"
        return "d" if entry.is_dir(follow_symlinks=False) else "f" if entry.is_file(follow_symlinks=False) else "o"
    except OSError:
        return "o"


# the kinds of fact kept apart (see the module's docstring): a check's modules read ("uses", path ->
# module paths, sorted), a value an index took of a file's text ("derived", "KIND\0path" -> its
# digest), a bulk scan's probes of a file ("probes", path -> probe ids, sorted, or None)
PER_FILE = frozenset({"uses", "derived", "probes"})

# how each kind of fact is asked again
ASK: dict[str, Callable[[str], object]] = {
    "bytes": lambda path: _bounded(path)[1],
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
        self.per_file: dict[tuple[str, str], object] = {}  # see PER_FILE
        self.per_file_order: list[Fact] = []
        self.unsteady = False

    def note(self, kind: str, path: str, answer: object) -> None:
        key = (kind, path)
        if kind in PER_FILE:
            if key not in self.per_file:
                self.per_file[key] = answer
                self.per_file_order.append((kind, path, answer))
            elif self.per_file[key] != answer:
                self.unsteady = True
        elif key not in self.facts:
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


def read_bytes(path: str, limit: int) -> bytes | None:
    """A regular file's bytes when there are at most ``limit`` (itself at most :data:`BOUND`) of
    them, else None (none, unreadable, larger); what it holds noted."""
    data, answer = _bounded(path)
    if _log is not None:
        _log.note("bytes", path, answer)
    return data if data is not None and len(data) <= limit else None


def note_missing(path: str) -> None:
    """Note that there is no regular file to read at ``path``, where that was found out elsewhere."""
    if _log is not None:
        _log.note("bytes", path, None)


def note_per_file(kind: str, path: str, answer: object) -> None:
    """Note a fact of a :data:`PER_FILE` kind (when a log is open)."""
    if _log is not None:
        _log.note(kind, path, answer)


def current() -> ReadLog | None:
    """The open log, if any."""
    return _log


def active() -> bool:
    """Whether a log is open (what a check reads is worth noting)."""
    return _log is not None


def noted_unsteady() -> None:
    """Something happened that a replay would not repeat (a notice logged): the run is not kept."""
    if _log is not None:
        _log.unsteady = True


def carried(work: Callable[[], object]) -> tuple[object, list[Fact], bool]:
    """In a forked worker: ``work()``'s result with the facts it noted that the log had not
    (and whether it made the log unsteady), for the parent to add with :func:`received`."""
    if _log is None:
        return work(), [], False
    before, before_per_file, steady = len(_log.order), len(_log.per_file_order), not _log.unsteady
    result = work()
    return result, _log.order[before:] + _log.per_file_order[before_per_file:], steady and _log.unsteady


def received(payload: tuple[object, list[Fact], bool]) -> object:
    """In the parent: a worker's result (see carried), its facts added to the open log."""
    result, facts, unsteady = payload
    if _log is not None:
        for kind, path, answer in facts:
            _log.note(kind, path, answer)
        _log.unsteady = _log.unsteady or unsteady
    return result
