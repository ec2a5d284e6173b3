"""The one workspace walker: which files ``check``, ``index``, ``review`` and the server visit.

Regular files only (FIFOs, devices and sockets are skipped with a reason); one exclude
list (:data:`DEFAULT_EXCLUDES`) plus ``.gitignore`` files and the config's ``exclude``
globs; symlinks resolved and kept inside the root (links to directories are never
followed, so there are no loops); directories that cannot be read are reported, never
silently dropped. :func:`read_regular` is the one bounded read of a file's bytes.
"""

from __future__ import annotations

import itertools
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from postil.core.atomic import within
from postil.core.name_globs import NameGlobs, any_glob, name_globs

if TYPE_CHECKING:
    from pathspec import GitIgnoreSpec as IgnoreSpec

# gitignore-style; a leading "/" anchors a pattern at the walk's root (``doc/build`` is
# often real source, a top-level ``build/`` is an output).
DEFAULT_EXCLUDES = (
    ".git", ".hg", ".svn", ".bzr", ".postil", ".postil.foreign-*", ".venv", "venv", ".env/", ".tox", ".nox", ".eggs",
    "__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache", "node_modules", "site-packages",
    "__pypackages__", "_build", "buck-out", ".direnv", "*.egg-info", "vendor/", "bower_components/",
    ".gradle/", ".idea/", ".cache/", "/build/", "/target/", "/out/",
    # bundles, minified and generated files, test data: nobody reviews them by hand
    "dist/", "*.min.js", "*.min.mjs", "*.bundle.js", "*.map", "testdata/",
)
# The patterns of one ignore list read at most (see pathspec_spec).
MAX_IGNORE_PATTERNS = 10_000
# The files one walk admits at most, and the entries of one directory it reads at most, unless the
# config's ``max-files`` says otherwise: a checkout of 500,000 files held each file's path, stat and
# real path (the check and index then more) and sorted a huge directory's listing whole. Past it the
# walk stops and says so (FILE_LIMIT). ``max-files`` may raise it up to MOST_WALKED_FILES (~1 GB held).
MAX_WALKED_FILES = 200_000
MOST_WALKED_FILES = 1_000_000
# Excluded without a word: version control and postil's own directory.
_QUIET = frozenset({".git", ".hg", ".svn", ".bzr", ".postil"})

# Reasons a path was left out (the keys the index counts by).
IGNORED = "ignored"
VENDORED = "vendored or build directory"
LINK_OUTSIDE = "symlink outside workspace"
LINKED_DIR = "symlinked directory"
LINK_TO_EXCLUDED = "symlink to an excluded file"
NOT_REGULAR = "not a regular file"
UNREADABLE = "unreadable"
PARTLY_APPLIED = "ignore file partly applied"  # (an ignore file's patterns past what RE2 compiles)
FILE_LIMIT = "file limit reached"  # (max-files, MAX_WALKED_FILES by default: the rest of the walk not done)
# Reasons worth telling the user about (the rest are the user's own configuration).
REPORTED = frozenset({LINK_OUTSIDE, NOT_REGULAR, UNREADABLE, PARTLY_APPLIED, FILE_LIMIT})

_KINDS = ((stat.S_ISFIFO, "FIFO"), (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"),
          (stat.S_ISSOCK, "socket"), (stat.S_ISDIR, "directory"))


@cache
def _spec_class() -> type[IgnoreSpec]:
    """pathspec's GitIgnoreSpec for any path: a name that is not UTF-8 (surrogate-escaped) is
    matched with its odd bytes as U+FFFD (pathspec's RE2 backend cannot encode surrogates).
    Made on first use: importing pathspec costs ~20 ms, which a check of one file outside any
    ignore file, or a command that walks nothing, need not pay."""
    import pathspec

    class IgnoreSpec(pathspec.GitIgnoreSpec):
        def match_file(self, file, separators=None) -> bool:
            if isinstance(file, str):
                file = file.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            return super().match_file(file, separators)

    return IgnoreSpec


def gitignore_spec(lines: Iterable[str]) -> IgnoreSpec | NameGlobs:
    """Compiled .gitignore-style patterns (git's own matching rules): name globs alone are
    matched without pathspec (see ``postil.core.name_globs``)."""
    lines = list(lines)
    return name_globs(lines, pathspec_spec) or pathspec_spec(lines)


def pathspec_spec(lines: Iterable[str]) -> IgnoreSpec:
    """``lines`` compiled by pathspec (any gitignore pattern). Its RE2 backend compiles them as
    one set within a memory bound, which a few thousand patterns pass (a 2,000-line ignore file
    of ``**`` patterns raised out of every walk), and pathspec parses each with Python's ``re``
    (~0.1 ms a pattern): so at most :data:`MAX_IGNORE_PATTERNS` are read, and a list whose set
    does not compile keeps its longest leading half, quarter, ... that does. ``unapplied`` says
    how many patterns were left out."""
    import re2

    spec_class = _spec_class()
    lines = [line for line in lines if line]
    patterns = spec_class.from_lines(lines[:MAX_IGNORE_PATTERNS], backend="simple").patterns  # parsed once
    kept = len(patterns)
    while True:
        try:
            spec = spec_class(patterns[:kept])
        except re2.error:
            kept //= 2
            continue
        spec.unapplied = len(lines) - kept
        return spec


_ANY_NAMES = frozenset(p for p in DEFAULT_EXCLUDES if not p.endswith("/") and "*" not in p)
_DIR_NAMES = frozenset(p.strip("/") for p in DEFAULT_EXCLUDES if p.endswith("/") and not p.startswith("/"))
_ROOT_DIRS = frozenset(p.strip("/") for p in DEFAULT_EXCLUDES if p.startswith("/"))
_NAME_GLOBS = any_glob(tuple(p for p in DEFAULT_EXCLUDES if "*" in p))  # (asked of each file's name)


def _default_excluded(name: str, is_dir: bool, at_root: bool) -> bool:
    if name in _ANY_NAMES or (is_dir and (name in _DIR_NAMES or (at_root and name in _ROOT_DIRS))):
        return True
    return _NAME_GLOBS is not None and _NAME_GLOBS.match(name) is not None


def excluded_by_default(rel: str, is_dir: bool = False) -> bool:
    """Whether a root-relative POSIX path is (inside) a default-excluded directory."""
    parts = rel.split("/")
    last = len(parts) - 1
    return any(_default_excluded(part, is_dir or i < last, i == 0) for i, part in enumerate(parts))


def file_type(mode: int) -> str:
    """What a non-regular file is, in words ("FIFO", "character device", ...)."""
    return next((name for test, name in _KINDS if test(mode)), "special file")


class SkipFile(Exception):
    """A file that is not read, with the reason (not a regular file, too large)."""


def read_regular(path: str | Path, limit: int, limit_name: str = "max-file-size", head: bool = False) -> bytes:
    """A regular file's bytes, at most ``limit`` (named ``limit_name`` in messages) of them
    (``head``: the first ``limit`` bytes of a larger file, instead of refusing it).

    Never opens a FIFO or device (they can block forever or never end): the type is
    checked before opening and again on the open descriptor. Raises :class:`SkipFile`
    (not regular, larger than ``limit``) or ``OSError``."""
    pieces = regular_pieces(path, limit, refuse_larger=limit_name if not head else None)
    data = b"".join(pieces)
    if len(data) > limit and head:
        return data[:limit]
    if len(data) > limit:
        raise SkipFile(f"larger than {limit_name} (more than {limit} bytes)")
    return data


def regular_pieces(path: str | Path, limit: int, piece: int = 1 << 20, refuse_larger: str | None = None):
    """A regular file's bytes in pieces of at most ``piece`` as they are read, ``limit`` + 1 of them
    at most (a reader that stops early reads no more; close the generator). ``refuse_larger``: the
    name of the limit a file larger than ``limit`` is refused for (SkipFile) before it is read."""
    st = os.stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise SkipFile(f"{NOT_REGULAR} ({file_type(st.st_mode)})")
    if st.st_size > limit and refuse_larger is not None:
        raise SkipFile(f"larger than {refuse_larger} ({st.st_size} > {limit} bytes)")
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise SkipFile(f"{NOT_REGULAR} ({file_type(st.st_mode)})")
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(limit + 1 - total, piece))
            if not chunk:
                break
            total += len(chunk)
            yield chunk
    finally:
        os.close(fd)


def _ignored_from_above(top: str, specs) -> bool:
    """Whether an ignore file above ``top`` ignores ``top`` itself (a directory named on purpose)."""
    return any(_rel(top, base) and spec.match_file(_rel(top, base) + "/") for base, spec in specs)


def _rel(path: str, base: str) -> str | None:
    if path == base:
        return ""
    prefix = base.rstrip("/") + "/"
    return path[len(prefix):] if path.startswith(prefix) else None


def _read_ignore(path: str) -> IgnoreSpec | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.read(1_000_000).splitlines()
    except OSError:
        return None
    return gitignore_spec(ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#"))


@dataclass(frozen=True)
class AdmittedFile:
    """A file the walk admits: how to name it, where it is, its stat."""

    path: Path  # as the caller named it (under the start path it gave)
    real: str  # absolute, links resolved
    rel: str  # POSIX, relative to the walk's root
    stat: os.stat_result


@dataclass
class WalkResult:
    """The files under some start paths, and what was left out and why."""

    files: list[Path] = field(default_factory=list)
    missing: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # (path, reason) worth reporting
    refused: list[tuple[Path, str]] = field(default_factory=list)  # start paths that leave the root
    # each file's real path as the walk resolved it (extend reads it: resolving a path again is a
    # stat per component, ~10,000 system calls over a tree of 1,250 files)
    reals: dict[Path, str] = field(default_factory=dict)

    def extend(self, other: WalkResult) -> None:
        """Add another walk's result; a file both reached (``check a.py .``) is listed once."""
        have = {self._real(f) for f in self.files}
        for path in other.files:
            real = other._real(path)
            if real not in have:
                have.add(real)
                self.files.append(path)
                self.reals[path] = real
        self.missing.extend(other.missing)
        self.skipped.extend(other.skipped)
        self.refused.extend(other.refused)

    def _real(self, path: Path) -> str:
        real = self.reals.get(path)
        return os.path.realpath(path) if real is None else real


SkipCallback = Callable[[str, str], None]  # (path, reason)


class Walker:
    """Walks start paths inside ``root`` with one set of filters.

    ``exclude`` globs are gitignore-style, relative to ``exclude_root`` (default: root).
    ``on_skip(path, reason)`` hears every path left out; reasons are the constants above,
    :data:`NOT_REGULAR`, :data:`UNREADABLE` and :data:`FILE_LIMIT` with a detail in parentheses.
    ``max_files``: the files it admits at most (default :data:`MAX_WALKED_FILES`), over all
    its start paths."""

    def __init__(self, root: str | Path, *, exclude: Iterable[str] = (), exclude_root: str | Path | None = None,
                 respect_gitignore: bool = True, on_skip: SkipCallback | None = None,
                 max_files: int | None = None) -> None:
        self.root = os.path.realpath(root)
        self.max_files = MAX_WALKED_FILES if max_files is None else max_files
        self.admitted = 0
        exclude = tuple(exclude)
        self.exclude = gitignore_spec(exclude) if exclude else None
        self.exclude_root = os.path.realpath(exclude_root) if exclude_root else self.root
        self.respect_gitignore = respect_gitignore
        self.on_skip = on_skip or (lambda path, reason: None)
        self._ignore_cache: dict[str, IgnoreSpec | None] = {}

    # --- filters ---------------------------------------------------------------
    def _gitignore(self, directory: str) -> IgnoreSpec | None:
        if directory not in self._ignore_cache:
            path = os.path.join(directory, ".gitignore")
            spec = self._ignore_cache[directory] = _read_ignore(path)
            unapplied = getattr(spec, "unapplied", 0)
            if unapplied:  # named from the root, as the workspace's files are (never the machine's path)
                self._skip(os.path.relpath(path, self.root), f"{PARTLY_APPLIED} (its last {unapplied} patterns are not: more than "
                                 "postil's pattern matcher holds at once)")
        return self._ignore_cache[directory]

    def _ancestor_specs(self, directory: str) -> list[tuple[str, IgnoreSpec]]:
        """.gitignore files from the repository's top down to ``directory`` (and .git/info/exclude)."""
        if not self.respect_gitignore:
            return []
        specs: list[tuple[str, IgnoreSpec]] = []
        current = directory
        while True:
            spec = self._gitignore(current)
            if spec is not None:
                specs.append((current, spec))
            if os.path.exists(os.path.join(current, ".git")):
                info = _read_ignore(os.path.join(current, ".git", "info", "exclude"))
                if info is not None:
                    specs.append((current, info))
                break
            parent = os.path.dirname(current)
            if parent == current:
                break
            current = parent
        specs.reverse()
        return specs

    def _excluded(self, path: str, is_dir: bool, specs) -> str | None:
        if _default_excluded(os.path.basename(path), is_dir, os.path.dirname(path) == self.root):
            return VENDORED
        if self._exclude_matches(path, is_dir):
            return IGNORED
        suffix = "/" if is_dir else ""
        for base, spec in specs:
            sub = _rel(path, base)
            if sub and spec.match_file(sub + suffix):
                return IGNORED
        return None

    def _exclude_matches(self, path: str, is_dir: bool) -> bool:
        """Whether the ``exclude`` globs leave ``path`` out (a link's target is checked too:
        a link must not smuggle an excluded file in)."""
        rel = _rel(path, self.exclude_root) if self.exclude is not None else None
        return bool(rel) and self.exclude.match_file(rel + ("/" if is_dir else ""))

    def _skip(self, path: str, reason: str) -> None:
        if reason == VENDORED and os.path.basename(path.rstrip("/")) in _QUIET:
            return
        self.on_skip(path, reason)

    # --- walking -----------------------------------------------------------------
    def entries(self, start: str | Path) -> Iterator[AdmittedFile]:
        """Admitted files under a start path (a file or a directory inside the root), up to
        ``max_files`` in all; past them the walk stops, told as :data:`FILE_LIMIT`."""
        for item in self._entries(start):
            if self.admitted >= self.max_files:
                self._skip(str(start), f"{FILE_LIMIT} (max-files = {self.max_files:,}): the rest not walked")
                return
            self.admitted += 1
            yield item

    def _entries(self, start: str | Path) -> Iterator[AdmittedFile]:
        shown = Path(start)
        real = os.path.realpath(start)
        try:
            st = os.stat(real)
        except OSError as exc:
            self._skip(str(shown), f"{UNREADABLE} ({exc.strerror or exc})")
            return
        if stat.S_ISDIR(st.st_mode):
            yield from self._walk_tree(shown, real)
        elif stat.S_ISREG(st.st_mode):
            yield AdmittedFile(shown, real, _rel(real, self.root) or os.path.basename(real), st)
        else:
            self._skip(str(shown), f"{NOT_REGULAR} ({file_type(st.st_mode)})")

    def _walk_tree(self, shown: Path, top: str) -> Iterator[AdmittedFile]:
        def shown_as(path: str) -> str:  # under the start path as the caller gave it
            rel = _rel(path, top)
            return str(shown / rel) if rel else str(shown)

        def skip(path: str, reason: str) -> None:
            self._skip(shown_as(path), reason)

        seen: set[str] = set()
        links: list[AdmittedFile] = []
        specs = self._ancestor_specs(top)
        if _ignored_from_above(top, specs):
            # a directory the repository ignores, named on purpose: walk it (as ripgrep and ruff
            # do), keeping only the ignore files inside it
            specs = [(base, spec) for base, spec in specs if base == top]
        stack = [(top, specs)]
        while stack:
            directory, specs = stack.pop()
            if self.respect_gitignore and directory != top:
                spec = self._gitignore(directory)
                if spec is not None:
                    specs = [*specs, (directory, spec)]
            try:
                with os.scandir(directory) as it:
                    found = sorted(itertools.islice(it, self.max_files + 1), key=lambda e: e.name)
            except OSError as exc:
                skip(directory, f"{UNREADABLE} ({exc.strerror or exc})")
                continue
            if len(found) > self.max_files:  # (read no further: its first entries, as listed, are walked)
                skip(directory, f"{FILE_LIMIT} (more than max-files = {self.max_files:,} entries): the rest not read")
                found.pop()
            subdirs = []
            for entry in found:
                path = entry.path
                try:
                    if entry.is_symlink():
                        target = os.path.realpath(path)
                        if not within(target, self.root):
                            skip(path, LINK_OUTSIDE)
                            continue
                        st = os.stat(target)
                        if stat.S_ISDIR(st.st_mode):
                            skip(path, LINKED_DIR)
                            continue
                        if self._exclude_matches(target, False):
                            skip(path, LINK_TO_EXCLUDED)
                            continue
                    else:
                        target = path
                        st = entry.stat(follow_symlinks=False)
                except OSError as exc:  # dangling link, loop, permission
                    skip(path, f"{UNREADABLE} ({exc.strerror or exc})")
                    continue
                is_dir = stat.S_ISDIR(st.st_mode)
                reason = self._excluded(path, is_dir, specs)
                if reason is not None:
                    skip(path, reason)
                    continue
                if is_dir:
                    subdirs.append((path, specs))
                elif not stat.S_ISREG(st.st_mode):
                    skip(path, f"{NOT_REGULAR} ({file_type(st.st_mode)})")
                else:
                    item = AdmittedFile(Path(shown_as(path)), target, _rel(path, self.root) or entry.name, st)
                    if target is path:
                        seen.add(target)
                        yield item
                    elif len(links) < self.max_files:
                        links.append(item)
                    else:  # (held until the walk's end: as many as the files it may admit)
                        skip(path, f"{FILE_LIMIT} (more than max-files = {self.max_files:,} links): not walked")
            stack.extend(reversed(subdirs))
        for item in links:  # a link is walked only when its target was not
            if item.real not in seen:
                seen.add(item.real)
                yield item

    def admits(self, rel: str) -> AdmittedFile | None:
        """The entry for one root-relative path if a full walk would yield it (for
        incremental updates), else None (the reason goes to ``on_skip``)."""
        path = os.path.join(self.root, rel)
        parent = os.path.dirname(path)
        if excluded_by_default(rel) or not within(os.path.realpath(parent), self.root):
            return None
        specs = self._ancestor_specs(parent)
        if _ignored_from_above(self.root, specs):
            # the root itself is ignored above it: as a full walk of the root does, keep only
            # the ignore files inside it
            specs = [(base, spec) for base, spec in specs if within(base, self.root)]
        directory = parent
        while directory != self.root and within(directory, self.root):
            if self._excluded(directory, True, specs):
                return None
            directory = os.path.dirname(directory)
        try:
            target = os.path.realpath(path) if os.path.islink(path) else path
            st = os.stat(target)
        except OSError:
            return None
        if not within(target, self.root):
            self._skip(path, LINK_OUTSIDE)
        elif not stat.S_ISDIR(st.st_mode) and self._excluded(path, False, specs) is None:
            if stat.S_ISREG(st.st_mode):
                return AdmittedFile(Path(path), target, rel, st)
            self._skip(path, f"{NOT_REGULAR} ({file_type(st.st_mode)})")
        return None


def start_root(start: Path, cwd: Path | None = None) -> Path:
    """The root a command-line start path must stay inside: the current directory for
    a path under it, else the (real) directory the path was named in."""
    cwd_text = os.path.abspath(cwd or os.getcwd())
    lexical = os.path.abspath(start)
    if within(lexical, cwd_text):
        return Path(os.path.realpath(cwd_text))
    return Path(os.path.realpath(os.path.dirname(lexical)))


def refusal(start: Path, root: Path) -> str | None:
    """Why a start path may not be walked (it really lies outside ``root``), or None."""
    real, root = os.path.realpath(start), os.path.realpath(root)
    if within(real, root):
        return None
    how = "a link to" if real != os.path.abspath(start) else "resolves to"
    return f"{how} {real}, outside {root}; not followed"


def walk(paths: list[Path], exclude: Iterable[str] = (), exclude_root: Path | None = None,
         respect_gitignore: bool = True, root: Path | None = None, max_files: int | None = None) -> WalkResult:
    """Files under ``paths`` (files named explicitly are always included), at most ``max_files``
    (the config's ``max-files``; default :data:`MAX_WALKED_FILES`) in all.

    Each start path must really be inside ``root`` (default: :func:`start_root`); a link
    out of it is refused, not followed."""
    result = WalkResult()
    seen: set[str] = set()
    most = MAX_WALKED_FILES if max_files is None else max_files

    def skipped(path: str, reason: str) -> None:
        if reason.split(" (")[0] in REPORTED:
            result.skipped.append((Path(path), reason))

    for start in paths:
        if not os.path.lexists(start):
            result.missing.append(start)
            continue
        if len(result.files) >= most:
            skipped(str(start), f"{FILE_LIMIT} (max-files = {most:,}): not walked")
            continue
        boundary = root or start_root(start)
        why = refusal(start, boundary)
        if why is not None:
            result.refused.append((start, why))
            continue
        walker = Walker(boundary, exclude=exclude, exclude_root=exclude_root, respect_gitignore=respect_gitignore,
                        on_skip=skipped, max_files=most - len(result.files))
        for entry in walker.entries(start):
            if entry.real not in seen:
                seen.add(entry.real)
                result.files.append(entry.path)
                result.reals[entry.path] = entry.real
    return result
