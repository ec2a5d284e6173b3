"""Regular expressions compiled without parsing their patterns again on each run.

``re`` parses and compiles each pattern in Python: the ~170 a ``postil check`` of one file
compiles (the secret detectors, suppression comments, terminal and Markdown escaping, tomllib's)
cost ~25 ms CPU, every run. :func:`install` hands ``re`` what an earlier run compiled for the
same pattern and flags: what ``re._compiler`` passes to the regex engine (the final flags, the
engine's code — a list of integers —, the group count and names), kept in the user's cache as
plain data for this Python only (``postil.core.kept_code``: marshal, read only from a private
file). The engine checks the code it is given (invalid code raises); an entry that is not
well formed or that the engine refuses is a miss. A pattern not kept is compiled as ``re``
compiles it, and :func:`save` keeps it.
"""

from __future__ import annotations

import threading
from re import _compiler

from postil.core import kept_code

KIND = "regex-code"
# Patterns kept at most: each run keeps what it used plus what earlier runs (other commands)
# kept, up to this many; past it, only what it used.
MAX_KEPT = 1024  # a run uses ~150-300; loading 1,000 costs ~2 ms


class _Engine:
    """``_sre`` as ``re._compiler`` sees it once installed: ``compile`` also notes its arguments
    (per thread) for :class:`KeptRegexes` to keep."""

    def __init__(self, engine) -> None:
        self._engine = engine
        self.noted = threading.local()

    def compile(self, *args):
        self.noted.args = args[1:]  # all but the pattern, which is the key
        return self._engine.compile(*args)

    def __getattr__(self, name: str):
        return getattr(self._engine, name)


class KeptRegexes:
    """``re._compiler.compile`` for ``re``: kept code for a pattern compiled before, else the
    original compile, noted."""

    def __init__(self, kept: dict, compile_pattern, engine: _Engine) -> None:
        self.kept = kept  # (pattern, flags) -> (flags, code, groups, groupindex, indexgroup)
        self.used: dict[tuple, tuple] = {}
        self.compiled = 0  # patterns compiled by this run (not found in ``kept``)
        self._compile = compile_pattern
        self._engine = engine

    def compile(self, pattern, flags=0):
        if not isinstance(pattern, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
            return self._compile(pattern, flags)
        key = (pattern, int(flags))
        args = self.kept.get(key)
        if _well_formed(args):
            try:
                compiled = self._engine.compile(pattern, *args)
            except (TypeError, ValueError, RuntimeError, OverflowError):  # RuntimeError: invalid code
                compiled = None
            if compiled is not None:
                self.used[key] = args
                return compiled
        compiled = self._compile(pattern, flags)
        args = getattr(self._engine.noted, "args", None)
        self._engine.noted.args = None
        if _well_formed(args) and len(self.used) < MAX_KEPT:  # a long-running server notes no more than it keeps
            # plain ints (the code holds re's named constants, an int subclass marshal refuses)
            self.used[key] = (int(args[0]), [int(word) for word in args[1]], int(args[2]),
                              {str(k): int(v) for k, v in args[3].items()}, tuple(args[4]))
            self.compiled += 1
        return compiled

    def save(self) -> None:
        """Keep what this run used, when it had to compile anything."""
        if not self.compiled:
            return
        self.kept, self.compiled = kept_code.save_used(KIND, self.used, MAX_KEPT), 0


def _well_formed(args: object) -> bool:
    """Whether ``args`` are what ``re._compiler`` passes the engine after the pattern."""
    # the types are checked in C (map): a pattern's code is hundreds of words, ~170 patterns a run
    return (isinstance(args, tuple) and len(args) == 5 and isinstance(args[0], int)
            and isinstance(args[1], list) and _INTS.issuperset(map(type, args[1]))
            and isinstance(args[2], int) and isinstance(args[3], dict)
            and {str}.issuperset(map(type, args[3])) and _INTS.issuperset(map(type, args[3].values()))
            and isinstance(args[4], tuple) and {str, type(None)}.issuperset(map(type, args[4])))


# re's named constants are ints of a subclass (what this run compiled); marshal gives plain ints
_INTS = frozenset({int, type(_compiler.SUCCESS)})


_installed: KeptRegexes | None = None


def install() -> KeptRegexes:
    """From now on (in this process) ``re`` compiles patterns kept before from the kept code."""
    global _installed
    if _installed is None:
        engine = _Engine(_compiler._sre)
        _installed = KeptRegexes(kept_code.load(KIND), _compiler.compile, engine)
        _compiler._sre = engine
        _compiler.compile = _installed.compile  # what re.compile and the module functions call
    return _installed


def save() -> None:
    """Keep the patterns compiled since :func:`install` (nothing when none was)."""
    if _installed is not None:
        _installed.save()
