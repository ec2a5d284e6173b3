"""Globs as rules and ``per-file-ignores`` read them: a glob matches a workspace-relative
path, the path under any directory, or the file name (fnmatch's syntax, case-sensitive)."""

from __future__ import annotations

import re
from fnmatch import translate
from functools import lru_cache


class PathGlobs:
    """Globs compiled once, for a holder that asks them of every file: ``per-file-ignores``
    compiles one per key, and a rule keeps its own (:attr:`Rule.path_globs`): thousands of keys or
    rules passed a shared cache's 1,024 entries, compiled again for every file (~0.25 s a file a
    thousand keys)."""

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self.regex = _compiled(patterns)

    def match(self, path: str) -> bool:
        """Whether a glob matches the path, the path under any directory, or the file name."""
        return self.regex.match(path) is not None or self.regex.match(path.rsplit("/", 1)[-1]) is not None


@lru_cache(maxsize=1024)
def shared_globs(patterns: tuple[str, ...]) -> PathGlobs:
    """``patterns`` compiled, shared with other holders of the same globs while cached (a holder
    asked of every file keeps its own: past 1,024 distinct sets the cache compiles again)."""
    return PathGlobs(patterns)


def _compiled(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{translate(glob)})" for p in patterns for glob in (p, f"**/{p}")))
