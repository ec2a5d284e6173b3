"""A document with some of its parts blanked out (rules/incremental.py): every character of
theirs a space but newlines, so every other part keeps its lines, columns and offsets."""

from __future__ import annotations

_SPACES = bytes(10 if b == 10 else 32 for b in range(256))  # (bytes.translate: every byte but a newline a space)


def blanked(text: str, hidden: list) -> str:
    """``text`` with the ``hidden`` parts' characters replaced by spaces (newlines kept; a class's
    member by `0` and spaces: a class body left with no statement would not parse)."""
    if not hidden:
        return text
    pieces, at = [], 0
    for part in hidden:
        pieces.append(text[at:part.start])
        blank = part.text.encode().translate(_SPACES).decode() if part.text.isascii() \
            else "\n".join(" " * len(line) for line in part.text.split("\n"))
        pieces.append("0" + blank[1:] if part.owner is not None else blank)
        at = part.end
    pieces.append(text[at:])
    return "".join(pieces)
