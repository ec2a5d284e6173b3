"""Position conversions and the server's incremental document edits."""

from __future__ import annotations

import random

import pytest
from lsprotocol import types
from pygls.workspace import TextDocument

from postil.server.positions import PositionEncoder, apply_incremental_change

pytestmark = pytest.mark.slow  # language-server sessions


def test_columns_in_each_encoding():
    line = 'a = "😀é"; b'
    col = line.index("b")  # code points
    assert PositionEncoder("utf-32").to_client_column(line, col) == col
    assert PositionEncoder("utf-16").to_client_column(line, col) == col + 1  # 😀 is a surrogate pair
    assert PositionEncoder("utf-8").to_client_column(line, col) == col + 3 + 1
    for encoding in ("utf-8", "utf-16", "utf-32"):
        encoder = PositionEncoder(encoding)
        assert encoder.from_client_column(line, encoder.to_client_column(line, col)) == col


def test_incremental_changes_match_pygls_on_random_edits():
    rnd = random.Random(7)
    alphabet = ["a", "b", "\n", "é", "😀", "\r\n", " "]
    encoder = PositionEncoder("utf-16")
    for _ in range(1500):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        lines = text.splitlines(True) or [""]

        def position():
            number = rnd.randint(0, len(lines) - 1)
            line = lines[number].rstrip("\r\n")
            return types.Position(line=number, character=encoder.units(line[: rnd.randint(0, len(line))]))

        start, end = sorted([position(), position()], key=lambda p: (p.line, p.character))
        change = types.TextDocumentContentChangePartial(range=types.Range(start=start, end=end),
                                                        text=rnd.choice(["", "x", "y\n", "😀"]))
        reference = TextDocument("file:///x.py", text)
        reference.apply_change(change)
        assert apply_incremental_change(encoder, text, change) == reference.source
