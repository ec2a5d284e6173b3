"""The literal prefilter on text that holds its literals at nearly every character: a 985 KB Pug
file of 1,400 lines, each indented one space deeper, held the rules' indentation literals (four
spaces, six, ...) ~4.8 million times; the one search listed every overlapping match (794 MB
and ~9 s of CPU for one file). Now each literal's matches are listed in one part of the text at
most; the literals found are the same."""

from __future__ import annotations

import tracemalloc

from postil.analyzers.rules.engine import RuleSet
from postil.analyzers.rules.literal_prefilter import LiteralIndex
from postil.analyzers.rules.loader import builtin_rules

PUG = "".join(" " * i + "div\n" for i in range(1_400))


def _html_index() -> LiteralIndex:
    return RuleSet.of(builtin_rules()[0]).literal_index("html")


def test_text_dense_with_literals_is_searched_in_bounded_memory():
    index = _html_index()
    tracemalloc.start()
    try:
        found = index.present(PUG)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert found == {literal for literal in index.literals if literal in PUG}
    assert "    " in found
    assert peak < 32 * 1024 * 1024, f"{peak / 2**20:.0f} MB"


def test_long_text_finds_the_literals_one_search_finds():
    index = _html_index()
    literals = index.literals
    # literals past the first parts, across a part's end, and runs dense enough to be dropped early
    text = ("x" * 40_000 + " " * 30_000 + "\n").join(literals[:: max(1, len(literals) // 40)])
    text += "".join(f"{literal}{' ' * (16_384 - len(literal) // 2)}" for literal in literals[1::7])
    assert index.present(text) == {literal for literal in literals if literal in text}
    small = LiteralIndex.of_literals(["abc", "bcd", "  "])
    assert small.present("-" * 16_383 + "abcd" + "q" * 70_000) == {"abc", "bcd"}
