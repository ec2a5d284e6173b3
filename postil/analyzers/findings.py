"""The findings model shared by every analyzer, the CLI and the server.

Positions are 0-based lines and columns counted in code points of the decoded
text; renderers convert (1-based for the CLI, UTF-16 for LSP clients).
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field
from enum import IntEnum
from itertools import accumulate


# Why a file that is not text was not checked (the CLI counts these instead of naming each).
BINARY_FILE = "binary file"
# What a model finding may be about: its rule is ``llm/<category>`` (the model answers one of these).
MODEL_CATEGORIES = ("bug", "security", "performance", "error-handling", "concurrency", "resource-leak",
                    "api-misuse", "maintainability", "other")


class Severity(IntEnum):
    """Finding severity, ordered so that ``>=`` means "at least as bad"."""

    HINT = 1
    INFO = 2
    WARNING = 3
    ERROR = 4

    @classmethod
    def parse(cls, name: str) -> "Severity":
        """Severity from its lower-case name (``error``, ``warning``, ``info``, ``hint``)."""
        try:
            return cls[name.strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {name!r} (expected error, warning, info or hint)"
            ) from None

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Span:
    """A range of text: 0-based lines, 0-based code-point columns, end exclusive."""

    start_line: int
    start_col: int
    end_line: int
    end_col: int

    def contains_line(self, line: int) -> bool:
        return self.start_line <= line <= self.end_line


class LineIndex:
    """Converts between string offsets and (line, column) for one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        # where each line starts: after the "\n" of the one before (~4x faster than a match object a line)
        self.line_starts = [0, *accumulate(len(line) + 1 for line in text.split("\n"))]
        self.line_starts.pop()  # (past the end: the last line has no "\n")

    @property
    def line_count(self) -> int:
        return len(self.line_starts)

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of a string offset."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line, offset - self.line_starts[line]

    def offset(self, line: int, column: int) -> int:
        """String offset of (line, column), clamped to the text."""
        if line >= len(self.line_starts):
            return len(self.text)
        start = self.line_starts[line]
        end = self.line_end(line)
        return min(start + max(column, 0), end)

    def line_end(self, line: int) -> int:
        """Offset just past the last character of ``line`` (before its newline)."""
        if line + 1 < len(self.line_starts):
            end = self.line_starts[line + 1] - 1
            if end > self.line_starts[line] and self.text[end - 1] == "\r":
                end -= 1
            return end
        return len(self.text)

    def line_text(self, line: int) -> str:
        return self.text[self.line_starts[line] : self.line_end(line)]

    def span(self, start: int, end: int) -> Span:
        sl, sc = self.position(start)
        el, ec = self.position(end)
        return Span(sl, sc, el, ec)


@dataclass(frozen=True, slots=True)
class TextEdit:
    """Replace ``text[start:end]`` with ``new_text`` (string offsets, plus their span)."""

    start: int
    end: int
    new_text: str
    span: Span

    @classmethod
    def at(cls, index: LineIndex, start: int, end: int, new_text: str) -> "TextEdit":
        return cls(start, end, new_text, index.span(start, end))


@dataclass(frozen=True, slots=True)
class Fix:
    """A described set of non-overlapping edits to one file."""

    description: str
    edits: tuple[TextEdit, ...]


@dataclass(frozen=True, slots=True)
class Related:
    """Another place that explains a finding (a taint finding's source); ``call``: a call of the file's own
    helper that hands the finding's sink its data, where the flow is too (scorers and suppressions count it)."""

    path: str
    span: Span
    message: str
    call: bool = False


@dataclass(slots=True)
class Finding:
    """One problem at one place, from the rules, the secret scanner or the LLM."""

    rule: str
    severity: Severity
    message: str
    path: str
    span: Span
    source: str = "rules"
    fix: Fix | None = None
    url: str | None = None
    note: str | None = None
    metadata: dict = field(default_factory=dict)
    fingerprint: str = ""
    related: tuple[Related, ...] = ()
    # the call the finding is about when ``span`` begins above it, at the statement that built
    # the text the call runs (rules/built_text.py); None: the span itself
    sink: Span | None = None

    @property
    def sink_span(self) -> Span:
        """Where the finding's code runs: its sink, else its span (suppressions, duplicates and
        fingerprints go by it, so a finding placed further up keeps them)."""
        return self.sink or self.span

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.span.start_line, self.span.start_col, self.rule)


def fingerprint(rule: str, path: str, snippet: str, occurrence: int) -> str:
    """A fingerprint that survives unrelated edits: rule, file, the matched text
    with whitespace normalised, and which occurrence of that text it is."""
    normalised = " ".join(snippet.split())
    digest = hashlib.sha256(f"{rule}\0{path}\0{normalised}\0{occurrence}".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()[:20]


def assign_fingerprints(findings: list[Finding], index: LineIndex, path: str | None = None) -> None:
    """Fill in ``fingerprint`` for findings of one file (in document order); ``path``: the
    file as the fingerprint names it (relative to its workspace root: the same in every
    clone and from any directory), default each finding's own."""
    seen: dict[tuple[str, str], int] = {}
    for f in sorted(findings, key=lambda f: f.sort_key):
        where = f.sink_span
        start = index.offset(where.start_line, where.start_col)
        end = index.offset(where.end_line, where.end_col)
        snippet = index.text[start:end] or index.line_text(where.start_line)
        key = (f.rule, " ".join(snippet.split()))
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        f.fingerprint = fingerprint(f.rule, path or f.path, snippet, occurrence)
