"""lsprotocol's ~550 attrs classes built without compiling their methods again on each start.

attrs writes each class's ``__init__``/``__eq__``/``__repr__``... as Python source and compiles
it at import: about a quarter of the CPU time from ``postil serve``'s start to its first
diagnostics (importing lsprotocol is half). The server imports pygls inside
:func:`compiled_once`, which hands attrs the code compiled by an earlier start, kept in the
user's cache (``postil.core.usercache``): each entry is a digest of its script's exact source
and the code compiled from it, so only the same script, compiled by the same Python, is ever
reused. A changed or missing script is compiled as before; a start that compiled any rewrites
the file with what this start used. Any failure to read or write the file is a miss, never an
error.
"""

from __future__ import annotations

import builtins
import contextlib
import hashlib
from collections.abc import Iterator
from types import CodeType

from postil.core import kept_code

KIND = "attrs-methods"
# attrs salts a hashable class's ``__hash__`` with a str hash, which differs in every process:
# such a script is never the same twice, so it is compiled as usual and not kept.
SALTED = "def __hash__("


class CompiledScripts:
    """A ``compile`` for attrs that returns the kept code of a script it has compiled before."""

    def __init__(self, kept: dict) -> None:
        self.kept = kept  # script file name -> (digest of its source, code), as loaded
        self.used: dict[str, tuple[bytes, CodeType]] = {}
        self.compiled = 0  # scripts compiled by this start (not found in ``kept``)

    @classmethod
    def load(cls) -> CompiledScripts:
        """The kept code, read only from a regular file of this user that nobody else may
        write (it is code the server runs; a link, or another user's file, is not read)."""
        return cls(kept_code.load(KIND))

    def compile(self, source, filename, mode, *args, **kwargs):
        if mode != "exec" or args or kwargs or not isinstance(source, str) or SALTED in source:
            return builtins.compile(source, filename, mode, *args, **kwargs)
        entry = self.kept.get(filename)
        digest = hashlib.blake2b(source.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        if (isinstance(entry, tuple) and len(entry) == 2 and entry[0] == digest
                and isinstance(entry[1], CodeType) and entry[1].co_filename == filename):
            code = entry[1]
        else:
            code = builtins.compile(source, filename, mode, *args, **kwargs)
            self.compiled += 1
        self.used[filename] = (digest, code)
        return code

    def save(self) -> None:
        """Keep what this start used, when it had to compile anything."""
        if self.compiled:
            kept_code.save(KIND, self.used)


@contextlib.contextmanager
def compiled_once() -> Iterator[CompiledScripts]:
    """Inside: attrs classes are built with :class:`CompiledScripts` (saved on leaving)."""
    from attr import _make  # the module whose global ``compile`` builds attrs' methods

    scripts = CompiledScripts.load()
    _make.compile = scripts.compile
    try:
        yield scripts
    finally:
        del _make.compile
        scripts.save()
