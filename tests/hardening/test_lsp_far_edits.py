"""A client's ranged `didChange` far down a large document, or at a line past its end (a
hostile or confused client: line 1,000,000,000): the server found the line by splitting the whole
text into its lines, twice a change (~0.4 s a keystroke at the end of an 18 MB document, 1.7 s
under load, answering nothing else meanwhile; 200 such changes kept a client waiting 468 s).
Now it counts newlines part by part: memory and work stay within a few copies of the text, and
the edits are pygls's own."""

from __future__ import annotations

import random
import tracemalloc

from lsprotocol import types
from pygls.workspace import TextDocument

from postil.server import positions
from postil.server.positions import PositionEncoder, apply_incremental_change


def _change(line: int, character: int, text: str) -> types.TextDocumentContentChangePartial:
    at = types.Position(line=line, character=character)
    return types.TextDocumentContentChangePartial(range=types.Range(start=at, end=at), text=text)


def test_an_edit_past_the_end_of_a_large_document_lists_no_lines():
    text = "x = 1\n" * 1_000_000
    tracemalloc.start()
    try:
        edited = apply_incremental_change(PositionEncoder(), text, _change(10**9, 10**9, "y = 2\n"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert edited == text + "y = 2\n"
    assert peak < 2 * len(text), f"{peak / 2**20:.0f} MB for a {len(text) / 2**20:.0f} MB text"


def test_edits_across_the_counted_parts_match_pygls(monkeypatch):
    monkeypatch.setattr(positions, "_FIRST_PART", 8)
    monkeypatch.setattr(positions, "_LAST_PART", 32)
    rnd = random.Random(29)
    encoder = PositionEncoder("utf-16")
    for _ in range(800):
        text = "".join(rnd.choice(["ab", "\n", "é", "😀", "\r\n", " ", "\n\n"]) for _ in range(rnd.randint(0, 120)))
        lines = text.splitlines(True) or [""]
        positions_in = [(n, encoder.units(lines[n].rstrip("\r\n")[: rnd.randint(0, 9)])) for n in range(len(lines))]
        (l1, c1), (l2, c2) = sorted(rnd.sample(positions_in, 2) if len(positions_in) > 1 else positions_in * 2)
        change = types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=l1, character=c1), end=types.Position(line=l2, character=c2)),
            text=rnd.choice(["", "x", "y\n", "😀"]))
        reference = TextDocument("file:///x.py", text)
        reference.apply_change(change)
        assert apply_incremental_change(encoder, text, change) == reference.source
