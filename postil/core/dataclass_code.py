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
from types import CodeType

from postil.core import kept_code

KIND = "dataclass-methods"
# Scripts kept at most: each run keeps what it used plus what earlier runs (other commands)
# kept, up to this many; past it, only what it used (scripts of older versions go).
MAX_KEPT = 4096


class KeptCode:
    """An ``exec`` for ``dataclasses`` that runs the kept code of a script compiled before."""

    def __init__(self, kept: dict) -> None:
        self.kept = kept  # digest of a script's source -> its code, as loaded
        self.used: dict[bytes, CodeType] = {}
        self.compiled = 0  # scripts compiled by this run (not found in ``kept``)

    @classmethod
    def load(cls) -> "KeptCode":
        return cls(kept_code.load(KIND))

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
        self.kept, self.compiled = kept_code.save_used(KIND, self.used, MAX_KEPT), 0


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
