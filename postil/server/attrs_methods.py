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
import importlib.util
import marshal
import sys
from collections.abc import Iterator
from types import CodeType

from postil.core.atomic import write_atomic
from postil.core.usercache import cache_dir, content_key
from postil.core.usercache import read_private

KIND = "attrs-methods"
# attrs salts a hashable class's ``__hash__`` with a str hash, which differs in every process:
# such a script is never the same twice, so it is compiled as usual and not kept.
SALTED = "def __hash__("


def cache_file():
    """The cache file for this Python (its bytecode's magic number and build)."""
    key = content_key(KIND, importlib.util.MAGIC_NUMBER + sys.version.encode())
    return cache_dir() / KIND / f"{key}.marshal"


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
        data = read_private(cache_file())
        try:
            kept = marshal.loads(data) if data is not None else {}
        except (EOFError, ValueError, TypeError):
            kept = {}
        return cls(kept if isinstance(kept, dict) else {})

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
        if not self.compiled:
            return
        target = cache_file()
        try:
            target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            write_atomic(target, marshal.dumps(self.used), mode=0o600)
        except (OSError, ValueError):
            pass


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
