"""LLM findings follow the code they quote between reviews (postil.analyzers.llm.relocation,
no LSP involved): shifted with their code, dropped when it is gone or has moved into another
definition, and a moved finding loses its fix."""

from __future__ import annotations

from pathlib import Path


from postil.analyzers.findings import Finding, Fix, LineIndex, Severity, Span, TextEdit
from postil.analyzers.llm.relocation import Homes, PlacedFinding, changed_ranges, placed, relocate


PATH = Path("shop.py")
TEXT = "def total(items):\n    result = 0\n    for item in items:\n        result += item.price\n    return result\n"


def entry_at(text: str, line: int, code: str) -> PlacedFinding:
    col = text.split("\n")[line].index(code)
    index = LineIndex(text)
    edit = TextEdit.at(index, index.offset(line, col), index.offset(line, col + len(code)), "result += item.cost")
    finding = Finding("llm/bug", Severity.WARNING, "price may be None", str(PATH), Span(line, col, line, col + len(code)),
                      source="llm", fix=Fix("apply the suggested change", (edit,)))
    return PlacedFinding(finding, text, Homes(PATH, text).at(line))


def test_changed_ranges_name_the_new_lines_and_what_they_replaced():
    assert changed_ranges(None, "a\nb\n") == [(1, 3, None)]
    assert changed_ranges("a\nb\nc", "a\nB\nc") == [(2, 2, "b")]
    assert changed_ranges(TEXT, TEXT) == []


def test_a_finding_moves_with_its_code_and_loses_its_fix():
    entry = entry_at(TEXT, 3, "result += item.price")
    assert relocate(entry, TEXT) is entry.finding  # same text: as it was, fix and all
    shifted = "import math\n\n" + TEXT
    moved = relocate(entry, shifted, homes=Homes(PATH, shifted))
    assert (moved.span.start_line, moved.span.start_col) == (5, 8) and moved.fix is None
    assert placed([entry], shifted, PATH) == [moved]


def test_a_finding_whose_code_is_gone_or_moved_to_another_definition_is_dropped():
    entry = entry_at(TEXT, 3, "result += item.price")
    assert relocate(entry, TEXT.replace("item.price", "item.cost")) is None
    elsewhere = "def other():\n    result += item.price\n"
    assert relocate(entry, elsewhere, homes=Homes(PATH, elsewhere)) is None
