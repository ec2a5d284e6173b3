"""Globs as rules and ``per-file-ignores`` read them: a glob matches a workspace-relative
path, the path under any directory, or the file name (fnmatch's syntax, case-sensitive)."""

from __future__ import annotations

import re
from fnmatch import translate
from functools import lru_cache


def matches_globs(path: str, patterns: tuple[str, ...]) -> bool:
    """Whether a glob of ``patterns`` matches the path, the path under any directory, or
    the file name (one regex for them all: asked of every rule for every file)."""
    regex = _glob_regex(patterns)
    return regex.match(path) is not None or regex.match(path.rsplit("/", 1)[-1]) is not None


@lru_cache(maxsize=1024)
def _glob_regex(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{translate(glob)})" for p in patterns for glob in (p, f"**/{p}")))
