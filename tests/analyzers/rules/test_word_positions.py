"""A span holds a word exactly where a search of the span's own text finds one (word_positions: the
taint engine asks a file's words once instead of searching each function's text)."""

from __future__ import annotations

import random
import re

from postil.analyzers.rules.word_positions import WordPositions

LOOPS = re.compile(r"\b(?:for|while)\b")


def test_a_span_holds_a_word_where_a_search_of_its_text_finds_one():
    rng = random.Random(46)
    pieces = ["for", "while", "form", "x", " ", "\n", "_for", "(", "fore", "w", "hile"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 40)))
        words = WordPositions(LOOPS, text)
        # spans whose edges are token edges, as a node's are: between pieces
        edges = sorted({0, len(text), *(m.start() for m in re.finditer(r"\b|(?<=\W)|(?=\W)", text))})
        for _ in range(20):
            start, end = sorted(rng.sample(edges, 2)) if len(edges) > 1 else (0, len(text))
            assert words.within(start, end) == (LOOPS.search(text[start:end]) is not None), (text, start, end)


def test_offsets_count_from_where_the_text_starts():
    words = WordPositions(LOOPS, "x = 1\nfor y in z: pass\n", offset=10)
    assert words.within(16, 19) and not words.within(0, 18) and not words.within(17, 40)
