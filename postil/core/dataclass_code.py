"""Dataclasses built without compiling their methods again on each run.

``dataclasses`` writes each class's ``__init__``/``__eq__``/``__repr__``... as Python source and
compiles it when the class is defined: some 280 small scripts, ~40 ms CPU (~12 %) of a
``postil check`` of one file before any file is read. :func:`install` hands ``dataclasses``
the code compiled by an earlier run, kept in the user's cache (``postil.core.usercache``):
each entry is a digest of one script's exact source and the code compiled from it, in a file
for this Python's bytecode only, so only the same script compiled by the same Python is ever
reused. The file is read only when it is a regular file of this user that nobody else may
write (it is code postil runs). A script not kept is compiled as ``dataclasses`` compiles it;
:func:`save` rewrites the file when this run compiled any. Any failure to read or write the
file is a miss, never an error.
"""

import builtins
import dataclasses
import hashlib
import importlib.util
import marshal
import sys
from types import CodeType

from postil.core.atomic import write_atomic
from postil.core.usercache import cache_dir, content_key, read_private

KIND = "dataclass-methods"
# Scripts kept at most: each run keeps what it used plus what earlier runs (other commands)
# kept, up to this many; past it, only what it used (scripts of older versions go).
MAX_KEPT = 4096


def cache_file():
    """The cache file for this Python (its bytecode's magic number and build)."""
    key = content_key(KIND, importlib.util.MAGIC_NUMBER + sys.version.encode())
    return cache_dir() / KIND / f"{key}.marshal"


class KeptCode:
    """An ``exec`` for ``dataclasses`` that runs the kept code of a script compiled before."""

    def __init__(self, kept: dict) -> None:
        self.kept = kept  # digest of a script's source -> its code, as loaded
        self.used: dict[bytes, CodeType] = {}
        self.compiled = 0  # scripts compiled by this run (not found in ``kept``)

    @classmethod
    def load(cls) -> "KeptCode":
        data = read_private(cache_file())
        try:
            kept = marshal.loads(data) if data else {}
        except (EOFError, ValueError, TypeError):
            kept = {}
        return cls(kept if isinstance(kept, dict) else {})

    def exec(self, source, globals=None, locals=None):
        if not isinstance(source, str):
            return builtins.exec(source, globals, locals)
        digest = hashlib.blake2b(source.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        code = self.kept.get(digest)
        if not isinstance(code, CodeType):
            # as exec compiles it for dataclasses: no __future__ flags of this module
            code = builtins.compile(source, "<string>", "exec", dont_inherit=True)
            self.compiled += 1
        self.used[digest] = code
        return builtins.exec(code, globals, locals)

    def save(self) -> None:
        """Keep what this run used, when it had to compile anything."""
        if not self.compiled:
            return
        kept = {**self.kept, **self.used}
        kept = kept if len(kept) <= MAX_KEPT else dict(self.used)
        target = cache_file()
        try:
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_atomic(target, marshal.dumps(kept), mode=0o600)
        except (OSError, ValueError):
            pass
        self.kept, self.compiled = kept, 0


_installed: KeptCode | None = None


def install() -> KeptCode:
    """From now on (in this process) dataclasses get their methods from the kept code."""
    global _installed
    if _installed is None:
        _installed = KeptCode.load()
        dataclasses.exec = _installed.exec  # the module global its method builder calls
    return _installed


def save() -> None:
    """Keep the code compiled since :func:`install` (nothing when none was)."""
    if _installed is not None:
        _installed.save()
