"""The check results kept in ``.postil/cache/check/`` (core.workdir: a ``.postil`` that came with a
repository is moved aside): one JSON file per run key (named by its tree key, see key.run_keys,
then its run key: a run of the same tree with other file contents finds it), its first line naming the format and
carrying an HMAC of the rest with this user's own key (core.usercache.secret_key), written
atomically; the newest :data:`MAX_ENTRIES` are kept, none over :data:`MAX_ENTRY_BYTES`. An entry
that is not what this user's postil wrote (damaged, cut short, another format, signed with
another key: planted) is said in one line, not believed, and replaced."""

from __future__ import annotations

import hmac
import json
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from postil.core.reads import Fact

PARTS = ("cache", "check")
HEADER = "postil-check-cache 1 "
MAX_ENTRY_BYTES = 64 << 20
MAX_ENTRIES = 8
STALE_WRITE_SECONDS = 600  # a temporary file older than this is a killed write's
KEY_NAME = "check-results"


@dataclass
class KeptRun:
    """A kept run: what it read beyond its files (core.reads facts), its reports (codec data), and
    for a later run of the same tree (result_cache.reuse): the facts of core.reads.PER_FILE kinds and
    each file's digest (key.walked_digests)."""

    facts: list[Fact]
    reports: list[dict]
    per_file: list[Fact] = field(default_factory=list)
    digests: list[str] = field(default_factory=list)


class ResultStore:
    """The entries of one workspace's ``.postil/cache/check/``, signed with ``key``."""

    def __init__(self, directory: Path, key: bytes, say: Callable[[str], None]) -> None:
        self.directory, self._key, self.say = directory, key, say

    @classmethod
    def open(cls, root: Path, say: Callable[[str], None]) -> ResultStore | None:
        """The store of the workspace at ``root``; None, after one line saying why, when results
        cannot be kept there."""
        from postil.core.usercache import cache_dir, secret_key
        from postil.core.workdir import WorkdirError, workdir

        key = secret_key(KEY_NAME)
        if key is None:
            say(f"postil: results not cached: no private key can be kept in {cache_dir() / 'keys'}")
            return None
        try:
            return cls(workdir(root, *PARTS, say=say), key, say)
        except WorkdirError as exc:
            say(f"postil: results not cached: {exc}")
            return None

    def _path(self, run_key: str, tree_key: str) -> Path:
        return self.directory / f"{tree_key[:16]}-{run_key[:40]}.json"

    def _mac(self, body: bytes) -> str:
        return hmac.new(self._key, body, "sha256").hexdigest()

    def load(self, run_key: str, tree_key: str) -> KeptRun | None:
        """The entry kept for ``run_key`` (None: none, or one not to believe: said)."""
        return self._read(self._path(run_key, tree_key), "key", run_key)

    def latest(self, tree_key: str, but: str) -> KeptRun | None:
        """The newest entry kept for a run of the tree ``tree_key`` (see key.run_keys), whatever its
        files held, but the run ``but``'s (looked up already); None: none, or one not to believe: said."""
        prefix = f"{tree_key[:16]}-"
        for _, path in _entries(self.directory):
            if path.name.startswith(prefix) and path != self._path(but, tree_key):
                return self._read(path, "tree", tree_key)
        return None

    def _read(self, path: Path, field_name: str, expected: str) -> KeptRun | None:
        """The entry at ``path`` when its ``field_name`` is ``expected``."""
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except FileNotFoundError:
            return None
        except OSError as exc:
            return self._refused(path, f"cannot be read ({exc.strerror or exc})")
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_ENTRY_BYTES:
                return self._refused(path, "is not a cache file postil wrote")
            data = fh.read()
        first, newline, body = data.partition(b"\n")
        if not first.startswith(HEADER.encode()) or not newline:
            return self._refused(path, "is not in postil's format (another version, or damaged)")
        if not hmac.compare_digest(first[len(HEADER):], self._mac(body).encode()):
            return self._refused(path, "is not signed with your key (planted, or damaged)")
        try:
            content = json.loads(body)
            if content[field_name] != expected:
                raise ValueError("another key")
            entry = KeptRun([tuple(fact) for fact in content["facts"]], content["reports"],
                            _expanded(content["per_file"], content["modules"]), list(content["digests"]))
        except (KeyError, IndexError, TypeError, ValueError):
            return self._refused(path, "cannot be read back")
        try:
            os.utime(path)  # (the newest are kept)
        except OSError:
            pass
        return entry

    def _refused(self, path: Path, why: str) -> None:
        self.say(f"postil: ignoring cached results {path}: it {why}; checking again")
        return None

    def save(self, run_key: str, tree_key: str, entry: KeptRun) -> None:
        """Keep ``entry`` for ``run_key`` of the tree ``tree_key`` (one line saying so when it cannot
        be written), then drop the oldest entries past :data:`MAX_ENTRIES`."""
        from postil.core.atomic import write_atomic

        per_file, modules = _interned(entry.per_file)
        body = json.dumps({"key": run_key, "tree": tree_key, "facts": entry.facts, "reports": entry.reports,
                           "per_file": per_file, "modules": modules, "digests": entry.digests},
                          allow_nan=False, separators=(",", ":")).encode()
        if len(body) > MAX_ENTRY_BYTES - 200:
            return
        path = self._path(run_key, tree_key)
        _drop_unwritten(path)
        try:
            write_atomic(path, HEADER.encode() + self._mac(body).encode() + b"\n" + body, root=self.directory,
                         mode=0o600)
        except OSError as exc:
            self.say(f"postil: results not cached: cannot write {path}: {exc.strerror or exc}")
            return
        _prune(self.directory, MAX_ENTRIES)


def _interned(facts: list[Fact]) -> tuple[list[Fact], list[str]]:
    """The per-file facts with each "uses" fact's modules given by their number in a table of them
    (a module's path is named once, not by each check that read it), and the table."""
    numbers: dict[str, int] = {}
    out = [(kind, path, [numbers.setdefault(module, len(numbers)) for module in answer] if kind == "uses" else answer)
           for kind, path, answer in facts]
    return out, list(numbers)


def _expanded(facts: list, modules: list[str]) -> list[Fact]:
    """_interned's facts as they were (IndexError, TypeError: not such facts)."""
    return [(kind, path, [modules[number] for number in answer] if kind == "uses" else answer)
            for kind, path, answer in facts]


def _drop_unwritten(path: Path) -> None:
    """Remove what stands at an entry's path that postil would not write (a link, a FIFO, a
    socket: planted or raced in): the link itself, never what it names; a directory stays.
    Else the entry was refused at every run, never replaced, and `postil cache clear` left it."""
    try:
        st = os.lstat(path)
        if not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
            os.unlink(path)
    except OSError:
        pass


def _entries(directory: Path) -> list[tuple[float, Path]]:
    """The entries (and whatever else stands under an entry's name but a directory), newest first."""
    found = []
    try:
        with os.scandir(directory) as listing:
            for item in listing:
                if item.name.endswith(".json") and not item.is_dir(follow_symlinks=False):
                    found.append((item.stat(follow_symlinks=False).st_mtime, Path(item.path)))
    except OSError:
        pass
    return sorted(found, reverse=True)


def _prune(directory: Path, keep: int) -> int:
    """Delete all but the ``keep`` newest entries, and the half-written files of a write that was
    killed (older than :data:`STALE_WRITE_SECONDS`; a write takes milliseconds): how many entries went."""
    removed = 0
    for _, path in _entries(directory)[keep:]:
        try:
            os.unlink(path)
            removed += 1
        except OSError:
            pass
    _drop_stale_writes(directory)
    return removed


def _drop_stale_writes(directory: Path) -> None:
    """Remove write_atomic's temporary files (``.<entry>.<random>.tmp``) a killed process left."""
    now = time.time()
    try:
        with os.scandir(directory) as listing:
            for item in listing:
                if item.name.startswith(".") and item.name.endswith(".tmp") and item.is_file(follow_symlinks=False) \
                        and now - item.stat(follow_symlinks=False).st_mtime > STALE_WRITE_SECONDS:
                    os.unlink(item.path)
    except OSError:
        pass


def clear(root: Path, say: Callable[[str], None]) -> int:
    """Delete every kept check result of the workspace at ``root``: how many there were."""
    from postil.core.workdir import NAME, WorkdirError, workdir

    if not os.path.lexists(root / NAME):
        return 0
    try:
        return _prune(workdir(root, *PARTS, say=say), 0)
    except WorkdirError as exc:
        say(f"postil: {exc}")
        return 0
