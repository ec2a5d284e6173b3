"""gitignore patterns that only name files or directories, matched without pathspec.

Most ignore lists (``test-paths``' defaults, a typical ``.gitignore``, ``exclude``) are globs of
a name: ``tests/``, ``*.pyc``, ``conftest.py``, ``*.test.[jt]s``. git matches such a pattern
against every component of a path (one with a trailing ``/`` only against directories), and
so does :class:`NameGlobs`, with one regex of the globs' ``fnmatch.translate`` on each component. Importing pathspec costs
~20 ms CPU, a tenth of checking one file; a list holding any other pattern (a ``/`` inside,
``**``, a negation, an escape, a class other than plain letters and digits), or a path that
is not plain (leading ``./`` or ``/``, ``//``, a surrogate-escaped name), is left to pathspec.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fnmatch import translate

# More globs than this go to pathspec's one RE2 set: each glob here is matched against each
# component of each path (60,000 in a repository's .gitignore: minutes a file, past fnmatch's cache).
MAX_NAME_GLOBS = 64
# A name glob: name characters, * and ?, classes of letters and digits; a trailing / for directories.
_NAME_GLOB = re.compile(r"(?=[^/]*[^./])(?:[A-Za-z0-9_.*?+@=,%~-]|\[[A-Za-z0-9]+\])+/?")


def name_globs(lines: list[str], fallback: Callable[[list[str]], object]) -> NameGlobs | None:
    """The patterns as :class:`NameGlobs` when every one is a name glob and they are few (none:
    git's default ``.git/info/exclude`` is comments alone), else None; ``fallback`` compiles them
    with pathspec (for a path that is not plain)."""
    if len(lines) > MAX_NAME_GLOBS or not all(_NAME_GLOB.fullmatch(line) and "**" not in line for line in lines):
        return None
    return NameGlobs(lines, fallback)


class NameGlobs:
    """Name globs (see :func:`name_globs`) with pathspec's ``match_file``."""

    def __init__(self, lines: list[str], fallback: Callable[[list[str]], object]) -> None:
        self.lines = lines
        self.names = tuple(line for line in lines if not line.endswith("/"))  # files or directories
        self.directories = tuple(line[:-1] for line in lines if line.endswith("/"))
        # each list as one regex, what fnmatchcase matches each glob with: a check asks of each file
        # with findings whether it is test code (~20 fnmatchcase calls)
        self._named, self._any = any_glob(self.names), any_glob(self.names + self.directories)
        self._compile = fallback
        self._fallback = None

    def plain(self, path: str) -> bool:
        """Whether ``path`` is relative, POSIX and without empty components or odd bytes."""
        if not path or path.startswith(("/", "./")) or "//" in path:
            return False
        try:
            path.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True

    def match_file(self, file, separators=None) -> bool:
        path = str(file)
        if separators is not None or not self.plain(path):
            return self._pathspec().match_file(file, separators)
        components = path.split("/")
        directories, last = components[:-1], components[-1]
        # a file (or a directory named without its slash): only ``names`` patterns
        if last and self._named is not None and self._named.match(last):
            return True
        return self._any is not None and any(self._any.match(name) for name in directories)

    def _pathspec(self):
        if self._fallback is None:
            self._fallback = self._compile(self.lines)
        return self._fallback


def any_glob(globs: tuple[str, ...]) -> re.Pattern | None:
    """One regex matching a name (from its start) that fnmatchcase matches with any of ``globs``;
    None for none."""
    return re.compile("|".join(f"(?:{translate(glob)})" for glob in globs)) if globs else None
