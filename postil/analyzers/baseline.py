"""The team's baseline: findings seen and let be, in a committed file at the workspace root.

``.postil-baseline`` holds one finding a line (fingerprint, rule, path and a reason, separated
by tabs) sorted by path, so two clones' additions land on different lines and merge; the
``merge=union`` attribute that ``postil baseline``/``dismiss`` put in ``.gitattributes`` keeps
both sides where they touch. Every clone, the CLI, the hook and the editor read it.

The file is data, never instructions: an entry hides the one finding whose fingerprint and
rule it names (a reviewer sees every added line in the diff), and nothing in it is run, sent,
opened or written. A line that is not an entry (a path outside the workspace, a field that is
not what postil writes) is left out and reported; a file that is too large, binary or not a
regular file hides nothing and is reported.
"""

from __future__ import annotations

import os
import re
import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from postil.analyzers.findings import Finding
from postil.core import gitcmd
from postil.core.gitcmd import holds_git
from postil.core.upward import nearest_up
from postil.core.walk import SkipFile, read_regular

FILE_NAME = ".postil-baseline"
MAX_BYTES = 8_000_000  # ~60k entries; past it the file hides nothing and says so
MAX_REASON = 300
UNION_ATTRIBUTE = f"/{FILE_NAME} merge=union"
HEADER = (f"# {FILE_NAME}: findings this project chose not to act on (postil dismiss, postil baseline).\n"
          "# One a line: fingerprint<TAB>rule<TAB>path<TAB>reason, sorted. It only hides the findings it names.\n")

_FINGERPRINT = re.compile(r"[0-9a-f]{16,64}")
_RULE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_./:@+-]{0,199}")
_LINE = re.compile(rf"^({_FINGERPRINT.pattern})\t({_RULE.pattern})\t([^\t\n]*)\t([^\t\n]*?)\r*$", re.MULTILINE)
_ENTRY_LINE = re.compile(r"^(?!#)[^\n]*?\S", re.MULTILINE)  # a line that is not blank nor a comment
_LINK = "a symbolic link (postil reads the file itself only)"
_LIMIT = "the baseline's limit"
_NOT_TEXT = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


class BaselineUnreadable(OSError):
    """The baseline exists but cannot be read: postil will not overwrite it."""


Fields = tuple[str, str, str, str]  # fingerprint, rule, path, reason: a line as written


class Entry(NamedTuple):
    """One baselined finding; ``path`` is relative to the workspace root (posix)."""

    path: str
    rule: str
    fingerprint: str
    reason: str = ""

    @property
    def line(self) -> str:
        return f"{self.fingerprint}\t{self.rule}\t{self.path}\t{clean_reason(self.reason)}"


@dataclass
class Baseline:
    """A workspace's baseline as read: entries by fingerprint, and the lines left out."""

    root: Path
    written: dict[str, Fields] = field(default_factory=dict)  # each entry's fields as the file has them
    problems: list[str] = field(default_factory=list)
    unread: str | None = None  # why the file could not be read (then it hides nothing)

    @cached_property
    def entries(self) -> dict[str, Entry]:
        """The entries by fingerprint (made when a command asks: a check needs ``hides`` only)."""
        return {fp: Entry(path, rule, fp, clean_reason(reason)) for fp, rule, path, reason in self.written.values()}

    @property
    def path(self) -> Path:
        return self.root / FILE_NAME

    def notices(self, shown: int = 5) -> list[str]:
        """What the user is told about lines left out (the first ``shown`` of them)."""
        out = [f"postil: {self.path}: {problem}" for problem in self.problems[:shown]]
        if len(self.problems) > shown:
            out.append(f"postil: {self.path}: {len(self.problems) - shown} more lines left out")
        return out

    def hides(self, finding: Finding) -> bool:
        fields = self.written.get(finding.fingerprint)
        return fields is not None and fields[1] == finding.rule

    def without_hidden(self, findings: list[Finding]) -> list[Finding]:
        return [f for f in findings if not self.hides(f)] if self.written else findings


def clean_reason(text: str) -> str:
    """A reason as one line of plain text (controls, tabs and bidi marks become spaces), bounded."""
    if text.isascii() and text.isprintable() and "  " not in text and text == text.strip():
        return text[:MAX_REASON]
    return " ".join(_NOT_TEXT.sub(" ", text).split())[:MAX_REASON]


def relative_path(path: str | os.PathLike, root: Path) -> str | None:
    """``path`` relative to ``root`` as the baseline writes it; None when it is not under it. On the
    strings: both are absolute and normalised, so Path.relative_to's answer is the text past the
    root's (two Paths made and compared were ~0.1 M instructions of each file with findings)."""
    absolute, base = os.path.abspath(path), os.path.abspath(root)
    if absolute == base:
        return "."
    under = base if base.endswith(os.sep) else base + os.sep
    return absolute[len(under):].replace(os.sep, "/") if absolute.startswith(under) else None


def _path_problem(path: str) -> str | None:
    if not path or _NOT_TEXT.search(path) or "\\" in path:
        return "a path postil does not write"
    if path.startswith("/") or any(part in ("", ".", "..") for part in path.split("/")):
        return f"path {path!r} is outside the workspace"
    return None


def _field_problem(fingerprint: str, rule: str, path: str) -> str | None:
    return ("not a fingerprint" if not _FINGERPRINT.fullmatch(fingerprint)
            else "not a rule id" if not _RULE.fullmatch(rule) else _path_problem(path))


def parse(text: str) -> tuple[dict[str, Fields], list[str]]:
    """The fields of each entry of a baseline's text, by fingerprint (later duplicates of a
    fingerprint are the same entry), and one problem per line left out. A file of well-formed
    lines (what postil writes) is read in one regex pass, each distinct path checked once;
    another line by line."""
    lines = _LINE.findall(text)
    if len(lines) == len(_ENTRY_LINE.findall(text)) and not any(_path_problem(p) for p in {f[2] for f in lines}):
        return {f[0]: f for f in reversed(lines)}, []
    return _parse_lines(text)


def _parse_lines(text: str) -> tuple[dict[str, Fields], list[str]]:
    entries: dict[str, Fields] = {}
    problems: list[str] = []
    for number, line in enumerate(text.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            problems.append(f"line {number}: not fingerprint<TAB>rule<TAB>path<TAB>reason")
            continue
        fingerprint, rule, path, reason = fields
        why = _field_problem(fingerprint, rule, path)
        if why:
            problems.append(f"line {number}: {why}")
            continue
        entries.setdefault(fingerprint, (fingerprint, rule, path, reason))
    return entries, problems


_CACHE: dict[str, tuple[tuple, Baseline]] = {}
_LOCK = threading.Lock()


def load(root: Path) -> Baseline:
    """The baseline at ``root`` (empty when there is none), read again when the file changed."""
    root, path = _baseline_paths(os.path.abspath(root))
    try:
        st = os.lstat(path)
    except OSError:
        return Baseline(root)
    key = (st.st_ino, st.st_size, st.st_mtime_ns, st.st_mode)
    with _LOCK:
        cached = _CACHE.get(str(path))
    if cached is not None and cached[0] == key:
        return cached[1]

    def read() -> bytes:
        if stat.S_ISLNK(st.st_mode):
            raise SkipFile(_LINK)
        return read_regular(path, MAX_BYTES, _LIMIT)

    baseline = _read(root, read)
    with _LOCK:
        _CACHE[str(path)] = (key, baseline)
    return baseline


_PATHS: dict[str, tuple[Path, Path]] = {}  # an absolute root -> (its Path, its baseline file's)


def _baseline_paths(root: str) -> tuple[Path, Path]:
    """A root's Path and its baseline file's, made once: load is asked for each file with findings,
    and a Path parses its parts when made."""
    known = _PATHS.get(root)
    if known is None:
        if len(_PATHS) >= 4096:
            _PATHS.clear()
        made = Path(root)
        known = _PATHS[root] = (made, made / FILE_NAME)
    return known


def _read(root: Path, read: Callable[[], bytes]) -> Baseline:
    """The baseline whose bytes ``read`` gives (it raises SkipFile or OSError when it cannot)."""
    baseline = Baseline(root)
    try:
        data = read()
        if b"\0" in data:
            raise SkipFile("binary data")
        baseline.written, baseline.problems = parse(data.decode("utf-8", errors="replace"))
    except (SkipFile, OSError) as exc:
        baseline.unread = str(getattr(exc, "strerror", None) or exc)
        baseline.problems = [f"not read, it hides nothing: {baseline.unread}"]
    return baseline


BaselineReader = Callable[[Path], Baseline]  # a workspace root's baseline: `load`, or a StagedBaselines


class StagedBaselines:
    """The baselines as the git index has them, each read once: ``review --staged`` (the
    pre-commit hook) honours what is being committed, not what the working tree holds."""

    def __init__(self) -> None:
        self._read: dict[Path, Baseline] = {}
        self._lock = threading.Lock()

    def __call__(self, root: Path) -> Baseline:
        root = Path(os.path.abspath(root))
        with self._lock:
            if root not in self._read:
                self._read[root] = _read(root, lambda: _staged_bytes(root))
            return self._read[root]


def _staged_bytes(root: Path) -> bytes:
    """The index's ``.postil-baseline`` at ``root`` (b"" when none is staged)."""
    try:
        listed = gitcmd.run(root, ["ls-files", "--stage", "-z", "--", FILE_NAME])
        mode, oid, _stage = listed.split(b"\t", 1)[0].decode("ascii").split(" ") if listed else ("", "", "")
        if not oid:
            return b""
        if mode == "120000":
            raise SkipFile(_LINK)
        size = int(gitcmd.run(root, ["cat-file", "-s", oid]))
        if size > MAX_BYTES:
            raise SkipFile(f"larger than {_LIMIT} ({size} > {MAX_BYTES} bytes)")
        return gitcmd.run(root, ["cat-file", "blob", oid])
    except gitcmd.GitError as exc:
        raise SkipFile(f"the staged copy could not be read: {exc}") from None


def root_for(path: Path, fallback: Path) -> Path:
    """The workspace root whose baseline applies to ``path``: its git checkout, else ``fallback``."""
    start = os.path.abspath(path)
    directory = Path(start if os.path.isdir(start) else os.path.dirname(start))
    return nearest_up(directory, holds_git, _CHECKOUTS) or Path(os.path.abspath(fallback))


# each directory's git checkout as root_for found it (see core.upward): a tree's files, the check's
# parent reading their baselines (scan._read_baselines) and its forked workers, cost an lstat a directory
_CHECKOUTS: dict[Path, Path | None] = {}


def save(root: Path, entries: list[Entry]) -> Path:
    """Write ``entries`` (sorted, one a line) as the baseline at ``root``; make sure
    ``.gitattributes`` merges it line by line. Raises OSError (WriteRefused for a link)."""
    from postil.core.atomic import write_atomic  # tempfile: only for a command that writes

    root = Path(os.path.abspath(root))
    lines = sorted({e.fingerprint: e for e in entries if _field_problem(e.fingerprint, e.rule, e.path) is None}.values())
    write_atomic(root / FILE_NAME, HEADER + "".join(e.line + "\n" for e in lines), root=root)
    _merge_by_lines(root)
    return root / FILE_NAME


def _merge_by_lines(root: Path) -> None:
    """Add ``/.postil-baseline merge=union`` to the root's ``.gitattributes`` once: two clones'
    entries added at the same place then merge with both kept (git's built-in union driver).
    A ``.gitattributes`` that is not a regular file, or is over 1 MB, is left alone."""
    attributes = root / ".gitattributes"
    try:
        if not stat.S_ISREG(os.lstat(attributes).st_mode):
            return  # a link, a directory, a FIFO: not a file postil edits
        current = read_regular(attributes, 1_000_000).decode("utf-8", errors="replace")
    except FileNotFoundError:
        current = ""
    except SkipFile:
        return
    if any(line.split()[:1] in ([FILE_NAME], [f"/{FILE_NAME}"]) for line in current.splitlines()):
        return
    from postil.core.atomic import write_atomic

    separator = "" if not current or current.endswith("\n") else "\n"
    write_atomic(attributes, current + separator + UNION_ATTRIBUTE + "\n", root=root)


def add(root: Path, new: list[Entry]) -> tuple[Path, int]:
    """Add entries to the baseline at ``root`` (an entry already there keeps its reason):
    the file written and how many were new."""
    current = load(root)
    if current.unread is not None:
        raise BaselineUnreadable(f"{current.path}: {current.unread}; fix or remove it first")
    fresh = [e for e in new if e.fingerprint not in current.entries]
    path = save(root, [*current.entries.values(), *fresh])
    return path, len({e.fingerprint for e in fresh})
