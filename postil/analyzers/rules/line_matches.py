"""Line-anchored patterns' matches found fast: Python's regex engine tries a pattern opening
with `^` (multiline) at every position of the text, so the lines that may hold a match are
found first, with a search for a word, or a pattern opening with a literal, that each match
holds on its first line."""

from __future__ import annotations

import re
from collections.abc import Iterator


def line_matches(text: str, marker: str | re.Pattern, *patterns: re.Pattern) -> list[list[re.Match]]:
    """The matches of each of ``patterns`` (multiline, each match starting at a line's start
    and holding ``marker`` on its first line) as its ``finditer(text)`` gives them."""
    found: list[list[re.Match]] = [[] for _ in patterns]
    consumed = [0] * len(patterns)  # the end of each pattern's last match (it may span lines)
    tried = -1  # the line tried last
    for at in occurrences(text, marker):
        line = text.rfind("\n", 0, at) + 1
        if line != tried:
            tried = line
            for i, pattern in enumerate(patterns):
                match = pattern.match(text, line) if line >= consumed[i] else None
                if match is not None:
                    found[i].append(match)
                    consumed[i] = match.end()
    return found


def occurrences(text: str, marker: str | re.Pattern) -> Iterator[int]:
    """Where ``marker`` (a text, or a pattern's matches) occurs in ``text``, without overlaps, in order."""
    if isinstance(marker, re.Pattern):
        yield from (match.start() for match in marker.finditer(text))
        return
    at = text.find(marker)
    while at >= 0:
        yield at
        at = text.find(marker, at + len(marker))
