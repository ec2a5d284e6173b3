"""Globs as rules and ``per-file-ignores`` read them: a glob matches a workspace-relative
path, the path under any directory, or the file name (fnmatch's syntax, case-sensitive)."""

from __future__ import annotations

import re
from fnmatch import translate
from functools import lru_cache


class PathGlobs:
    """Globs compiled once, for a holder that asks them of every file: ``per-file-ignores``
    compiles one per key, and a config of thousands of keys passed :func:`matches_globs`'s
    cache, compiling each key again for every file (~0.25 s a file a thousand keys)."""

    def __init__(self, patterns: tuple[str, ...]) -> None:
        self.regex = _compiled(patterns)

    def match(self, path: str) -> bool:
        """Whether a glob matches the path, the path under any directory, or the file name."""
        return self.regex.match(path) is not None or self.regex.match(path.rsplit("/", 1)[-1]) is not None


def matches_globs(path: str, patterns: tuple[str, ...]) -> bool:
    """Whether a glob of ``patterns`` matches the path, the path under any directory, or
    the file name (one regex for them all: asked of every rule for every file)."""
    return _cached(patterns).match(path)


@lru_cache(maxsize=1024)
def _cached(patterns: tuple[str, ...]) -> PathGlobs:
    return PathGlobs(patterns)


def _compiled(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{translate(glob)})" for p in patterns for glob in (p, f"**/{p}")))
