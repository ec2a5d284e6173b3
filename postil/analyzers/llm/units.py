"""Units of review: the function or class around a line, the definitions touched by
changed line ranges, or every top-level definition of a file.

Definitions come from the index's symbol extractor (tree-sitter), so units follow
the same boundaries retrieval uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MAX_UNIT_LINES = 150  # a definition longer than this is reviewed by its parts
WINDOW = 60  # lines per unit where no definition applies


@dataclass
class ReviewUnit:
    """Lines ``start``..``end`` (1-based, inclusive) of ``path`` whose current text is ``text``."""

    path: Path
    text: str
    start: int
    end: int
    kind: str = "function"  # function | hunk | selection | file
    previous: str | None = None  # the unit's code before the change (whitespace/comment-only triage)
    display: str | None = None  # how findings name the file (default: the path as given)
    changed: frozenset[int] | None = None  # 0-based lines a change review is about (a fix's quote must touch one)

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @property
    def code(self) -> str:
        return "\n".join(self.lines[self.start - 1 : self.end])


def _definitions(path: Path, text: str) -> list[tuple[int, int]]:
    """(start, end) 1-based line spans of the definitions in a file."""
    from postil.rag.languages import file_kind
    from postil.rag.records import build_record

    kind, language = file_kind(path.name)
    if kind != "code" or language is None:
        return []
    record = build_record(path.name, text, kind, language, "", 0, len(text))
    return sorted({(d[3], d[4]) for d in record.defs})


def _line_count(text: str) -> int:
    return text.count("\n") + 1


def unit_at(path: Path, text: str, line: int, kind: str = "function") -> ReviewUnit:
    """The smallest definition around ``line`` (1-based) that is not too long; else a window."""
    spans = [s for s in _definitions(path, text) if s[0] <= line <= s[1] and s[1] - s[0] < MAX_UNIT_LINES]
    if spans:
        start, end = min(spans, key=lambda s: s[1] - s[0])
        return ReviewUnit(path, text, start, end, kind)
    total = _line_count(text)
    return ReviewUnit(path, text, max(1, line - WINDOW // 4), min(total, line + WINDOW // 4), "selection")


def units_for_ranges(path: Path, text: str, ranges: list[tuple[int, int]], kind: str = "hunk") -> list[ReviewUnit]:
    """The definitions enclosing changed line ranges (1-based, inclusive), merged."""
    spans = [s for s in _definitions(path, text) if s[1] - s[0] < MAX_UNIT_LINES]
    total = _line_count(text)
    chosen: list[tuple[int, int]] = []
    for lo, hi in ranges:
        lo, hi = max(1, lo), min(total, max(lo, hi))
        around = [s for s in spans if s[0] <= lo and hi <= s[1]]
        chosen.append(min(around, key=lambda s: s[1] - s[0]) if around else (lo, hi))
    merged: list[list[int]] = []
    for lo, hi in sorted(chosen):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return [ReviewUnit(path, text, lo, hi, kind) for lo, hi in merged]


def units_for_file(path: Path, text: str) -> list[ReviewUnit]:
    """Every outermost definition short enough to review whole (long ones by their parts);
    files without definitions in windows."""
    spans = [s for s in _definitions(path, text) if s[1] - s[0] < MAX_UNIT_LINES]
    outer = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    if outer:
        return [ReviewUnit(path, text, lo, hi, "function") for lo, hi in outer]
    total = _line_count(text)
    if not text.strip():
        return []
    return [ReviewUnit(path, text, lo, min(total, lo + WINDOW - 1), "file") for lo in range(1, total + 1, WINDOW)]
