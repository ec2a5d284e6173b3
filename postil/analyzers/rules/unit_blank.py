"""A document with some of its parts blanked out (rules/incremental.py, the typed awaits and
script blocks read in place of a file): every character of theirs a space but newlines, so every
other part keeps its lines, columns and offsets."""

from __future__ import annotations

_SPACES = bytes(10 if b == 10 else 32 for b in range(256))  # (bytes.translate: every byte but a newline a space)


def blank(text: str) -> str:
    """Every character of ``text`` a space but newlines."""
    return text.encode().translate(_SPACES).decode() if text.isascii() \
        else "\n".join(" " * len(line) for line in text.split("\n"))


def blanked(text: str, hidden: list) -> str:
    """``text`` with the ``hidden`` parts' characters replaced by spaces (newlines kept; a class's
    member by `0` and spaces: a class body left with no statement would not parse)."""
    if not hidden:
        return text
    pieces, at = [], 0
    for part in hidden:
        pieces.append(text[at:part.start])
        pieces.append("0" + blank(part.text)[1:] if part.owner is not None else blank(part.text))
        at = part.end
    pieces.append(text[at:])
    return "".join(pieces)


def blanked_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` ((start, end), in order, not overlapping) blanked."""
    pieces, at = [], 0
    for start, end in spans:
        pieces += [text[at:start], blank(text[start:end])]
        at = end
    pieces.append(text[at:])
    return "".join(pieces)
