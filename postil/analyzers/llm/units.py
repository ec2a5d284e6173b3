"""Units of review: the function or class around a line, the definitions touched by
changed line ranges, or every top-level definition of a file.

Definitions come from the index's symbol extractor (tree-sitter), so units follow
the same boundaries retrieval uses. A definition longer than ``MAX_UNIT_LINES`` is
reviewed in parts cut at its statements, each part carrying the definition's header.
"""

from __future__ import annotations

import difflib
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
    kind: str = "function"  # function | part | hunk | selection | file | batch
    previous: str | None = None  # the unit's code before the change (None: no old side known)
    display: str | None = None  # how findings name the file (default: the path as given)
    changed: frozenset[int] | None = None  # 0-based lines a change review is about (a fix's quote must touch one)
    header: tuple[int, int] | None = None  # a part's definition header lines (1-based, inclusive)
    members: tuple[ReviewUnit, ...] = ()  # a batch: small definitions of the file sent together (start..end spans them)

    def holds(self, line: int) -> bool:
        """Whether 0-based ``line`` (a finding's) is one of the unit's lines."""
        return self.start - 1 <= line <= self.end - 1

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @property
    def code(self) -> str:
        return "\n".join(self.lines[self.start - 1 : self.end])


Span = tuple[int, int, "tuple[int, int] | None"]  # (start, end, header of the definition a part belongs to)


def _definitions(path: Path, text: str) -> list[tuple[int, int]]:
    """(start, end) 1-based line spans of the definitions in a file."""
    from postil.rag.file_kinds import file_kind
    from postil.rag.records import build_record

    kind, language = file_kind(path.name)
    if kind != "code" or language is None:
        return []
    record = build_record(path.name, text, kind, language, "", 0, len(text))
    return sorted({(d[3], d[4]) for d in record.defs})


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _parts(lines: list[str], start: int, end: int) -> list[Span]:
    """A long definition cut into parts of at most ``MAX_UNIT_LINES`` lines, at lines that
    start a statement of its body (or, failing that, anywhere); every part carries the
    definition's header (its first line up to where the body begins)."""
    body = next((n for n in range(start + 1, end + 1) if lines[n - 1].strip()), start + 1)
    header = (start, max(start, body - 1))
    depth = _indent(lines[body - 1]) if body <= end else 0
    cuts = {n for n in range(body, end + 1)
            if lines[n - 1].strip() and _indent(lines[n - 1]) <= depth and not lines[n - 1].lstrip().startswith((")", "]", "}"))}
    parts: list[Span] = []
    lo = start
    while lo <= end:
        hi = min(end, lo + MAX_UNIT_LINES - 1)
        if hi < end:
            best = max((n for n in cuts if lo + MAX_UNIT_LINES // 3 < n <= hi), default=None)
            hi = best - 1 if best is not None else hi
        parts.append((lo, hi, header))
        lo = hi + 1
    return parts


def _spans(path: Path, text: str) -> list[Span]:
    """Definitions short enough to review whole, plus the parts of the long ones."""
    lines = text.split("\n")
    out: list[Span] = []
    for start, end in _definitions(path, text):
        if end - start < MAX_UNIT_LINES:
            out.append((start, end, None))
        else:
            out.extend(_parts(lines, start, end))
    return out


def _unit(path: Path, text: str, span: Span, kind: str) -> ReviewUnit:
    start, end, header = span
    return ReviewUnit(path, text, start, end, "part" if header is not None else kind, header=header)


def _line_count(text: str) -> int:
    return text.count("\n") + 1


def unit_at(path: Path, text: str, line: int, kind: str = "function") -> ReviewUnit:
    """The smallest definition (or part of a long one) around ``line`` (1-based); else a window."""
    spans = [s for s in _spans(path, text) if s[0] <= line <= s[1]]
    if spans:
        return _unit(path, text, min(spans, key=lambda s: s[1] - s[0]), kind)
    total = _line_count(text)
    return ReviewUnit(path, text, max(1, line - WINDOW // 4), min(total, line + WINDOW // 4), "selection")


def _inside(spans: list[Span], enclosing: Span, lo: int, hi: int) -> list[Span]:
    """What a change of lines ``lo``..``hi`` inside ``enclosing`` reviews: the definitions within it
    that hold every changed line (two edited one-line methods are two units, not their class),
    else the enclosing definition."""
    inner = [s for s in spans if s[2] is None and s != enclosing and enclosing[0] <= s[0] and s[1] <= enclosing[1]
             and s[0] <= hi and lo <= s[1]]
    outer = [s for s in inner if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in inner)]
    if outer and all(any(s[0] <= line <= s[1] for s in outer) for line in range(lo, hi + 1)):
        return outer
    return [enclosing]


def units_for_ranges(path: Path, text: str, ranges: list[tuple[int, int]], kind: str = "hunk") -> list[ReviewUnit]:
    """The definitions (or parts of long ones) enclosing changed line ranges (1-based,
    inclusive), merged."""
    spans = _spans(path, text)
    total = _line_count(text)
    chosen: list[Span] = []
    for lo, hi in ranges:
        lo, hi = max(1, lo), min(total, max(lo, hi))
        around = [s for s in spans if s[0] <= lo and hi <= s[1]]
        if around:
            chosen.extend(_inside(spans, min(around, key=lambda s: s[1] - s[0]), lo, hi))
        else:  # across parts of a long definition, or outside any: the parts it touches, or the lines
            touched = [s for s in spans if s[2] is not None and s[0] <= hi and lo <= s[1]]
            chosen.extend(touched or [(lo, hi, None)])
    whole = {(s[0], s[1]) for s in spans if s[2] is None}  # a definition next to another stays its own unit
    merged: list[list] = []
    for lo, hi, header in sorted(chosen, key=lambda s: (s[0], s[1])):
        last = merged[-1] if merged else None
        touching = (last is not None and lo == last[1] + 1 and header is None and last[2] is None
                    and (lo, hi) not in whole and (last[0], last[1]) not in whole)
        if last is not None and (lo <= last[1] or touching):
            last[1] = max(last[1], hi)
        else:
            merged.append([lo, hi, header])
    return [_unit(path, text, (lo, hi, header), kind) for lo, hi, header in merged]


def units_for_file(path: Path, text: str) -> list[ReviewUnit]:
    """Every outermost definition short enough to review whole, the parts of long ones;
    files without definitions in windows."""
    spans = _spans(path, text)
    outer = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] and o[2] is None for o in spans)]
    if outer:
        return [_unit(path, text, s, "function") for s in outer]
    total = _line_count(text)
    if not text.strip():
        return []
    return [ReviewUnit(path, text, lo, min(total, lo + WINDOW - 1), "file") for lo in range(1, total + 1, WINDOW)]


def set_previous(units: list[ReviewUnit], old: str) -> None:
    """Give each unit its code as it was in ``old`` (the file before the change): the old
    lines mapped onto the unit's span (line for line where as many lines replaced as were there)."""
    old_lines = old.split("\n")
    new_lines = units[0].text.split("\n") if units else []
    opcodes = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes()
    for unit in units:
        mapped: list[str] = []
        for tag, i1, i2, j1, j2 in opcodes:
            lo, hi = max(j1, unit.start - 1), min(j2, unit.end)
            if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):  # line for line
                if lo < hi:
                    mapped.extend(old_lines[i1 + lo - j1 : i1 + hi - j1])
            elif j1 < unit.end and j2 >= unit.start - 1 and i1 < i2 and (j1 > unit.start - 1 or j2 > unit.start - 1):
                mapped.extend(old_lines[i1:i2])
        unit.previous = "\n".join(mapped)


def batch_of(members: list[ReviewUnit]) -> ReviewUnit:
    """Small definitions of one file as one unit of review (``members``, in file order)."""
    first = members[0]
    return ReviewUnit(first.path, first.text, min(m.start for m in members), max(m.end for m in members), "batch",
                      display=first.display, changed=first.changed, members=tuple(sorted(members, key=lambda m: m.start)))
