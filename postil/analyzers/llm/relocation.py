"""Keeping LLM findings where they belong while the code changes under them.

A review is made of one text; the editor keeps changing it. Between reviews each finding is
re-located by the code it quotes, and dropped when that code is gone or has moved into
another definition (a finding is about the definition it was reviewed in). On save, the
definitions changed since the last review are found by a line diff against that review's
text (``save_units``).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, replace
from pathlib import Path

from postil.analyzers.findings import LineIndex, Span
from postil.analyzers.languages import language_of
from postil.analyzers.llm.units import set_previous, units_for_ranges
from postil.analyzers.rules.suppressions import parse_tree


@dataclass
class PlacedFinding:
    """An LLM finding, the document text it was placed in, and the first line of the
    definition around it then (None: module code), which it must stay inside."""

    finding: object  # postil.analyzers.findings.Finding
    text: str
    home: str | None = None


def changed_ranges(old: str | None, new: str) -> list[tuple[int, int, str | None]]:
    """1-based inclusive line ranges of ``new`` that differ from ``old``, each with the old
    lines it replaced (for whitespace/comment-only triage)."""
    new_lines = new.split("\n")
    if old is None:
        return [(1, len(new_lines), None)]
    old_lines = old.split("\n")
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes():
        if tag == "equal" or j1 == j2 and tag == "delete" and not new_lines:
            continue
        lo, hi = j1 + 1, max(j1 + 1, j2)
        out.append((min(lo, len(new_lines)), min(hi, len(new_lines)), "\n".join(old_lines[i1:i2])))
    return out


def save_units(path: Path, baseline: str | None, text: str) -> list:
    """The units (definitions) of ``text`` that changed since ``baseline``, each with its code
    as it was (``previous``), for the reviewer's triage of what changed."""
    ranges = changed_ranges(baseline, text)
    if not ranges:
        return []
    units = units_for_ranges(path, text, [(lo, hi) for lo, hi, _old in ranges])
    if baseline is not None:
        set_previous(units, baseline)
    return units


class Homes:
    """Which definition (function, method, class) holds a place in one text: its first line.
    The parse is tree-sitter's, incremental per document (a keystroke costs ~1 ms)."""

    def __init__(self, path: Path | None, text: str) -> None:
        self.path, self.text = path, text
        self._root = None
        self._data: bytes | None = None

    def at(self, line: int) -> str | None:
        """The first line (stripped) of the innermost definition around 0-based ``line``
        (None: module code, or no grammar)."""
        language = language_of(self.path) if self.path is not None else None
        if language is None:
            return None
        if self._root is None:
            self._data = self.text.encode("utf-8", "surrogatepass")
            try:
                self._root = parse_tree(self._data, language, str(self.path)).root_node
            except LookupError:
                return None
        lines = self._data.split(b"\n")
        if line >= len(lines):
            return None
        start = sum(len(x) + 1 for x in lines[:line]) + len(lines[line]) - len(lines[line].lstrip())
        node = self._root.descendant_for_byte_range(start, start)
        while node is not None:
            kind = node.type
            if ("function" in kind or "method" in kind or "class" in kind or kind == "impl_item") and \
                    kind.endswith(("definition", "declaration", "item")):
                return self._data[node.start_byte:].split(b"\n", 1)[0].decode("utf-8", "replace").strip()
            node = node.parent
        return None


def relocate(entry: PlacedFinding, text: str, index=None, homes: Homes | None = None):
    """The entry's finding placed in ``text`` by the code it points at; None when that code
    is gone or now lies in another definition. A moved finding loses its fix (a fix is
    offered only as vetted for the text it was made for; the next review re-vets it)."""
    finding = entry.finding
    if entry.text == text:
        return finding
    old = LineIndex(entry.text)
    start = old.offset(finding.span.start_line, finding.span.start_col)
    end = old.offset(finding.span.end_line, finding.span.end_col)
    snippet = entry.text[start:end]
    if not snippet.strip():
        return None
    best, at = None, text.find(snippet)
    while at != -1:
        if best is None or abs(at - start) < abs(best - start):
            best = at
        at = text.find(snippet, at + 1)
    if best is None:
        return None
    index = index or LineIndex(text)
    where = Span(*index.position(best), *index.position(best + len(snippet)))
    if (homes or Homes(None, text)).at(where.start_line) != entry.home:
        return None  # its code moved into another definition: not what was reviewed
    return replace(finding, span=where, fix=None)


def merge(entries: list[PlacedFinding], result, text: str, path: Path | None) -> list[PlacedFinding]:
    """After a review of ``text``: the findings of the reviewed units replace what was there;
    the other entries are kept, re-located in ``text``."""
    index = LineIndex(text)
    homes = Homes(path, text)
    covered = [(u.unit.start - 1, u.unit.end - 1) for u in result.units if u.status in ("reviewed", "cached", "skipped")]
    kept = []
    for entry in entries:
        finding = relocate(entry, text, index, homes)
        if finding is None or any(lo <= finding.span.start_line <= hi for lo, hi in covered):
            continue
        kept.append(PlacedFinding(finding, text, entry.home))
    kept.extend(PlacedFinding(f, text, homes.at(f.span.start_line)) for u in result.units for f in u.findings)
    return kept


def placed(entries: list[PlacedFinding], text: str, path: Path | None) -> list:
    """The entries' findings placed in ``text`` (those whose code is still there)."""
    homes = Homes(path, text)
    return [f for f in (relocate(entry, text, homes=homes) for entry in entries) if f is not None]
