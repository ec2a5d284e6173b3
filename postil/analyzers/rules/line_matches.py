"""Line-anchored patterns' matches found fast: Python's regex engine tries a pattern opening
with `^` (multiline) at every position of the text, so the lines that may hold a match are
found first with a search for a word each match holds on its first line."""

from __future__ import annotations

import re


def line_matches(text: str, word: str, *patterns: re.Pattern) -> list[list[re.Match]]:
    """The matches of each of ``patterns`` (multiline, each match starting at a line's start
    and holding ``word`` on its first line) as its ``finditer(text)`` gives them."""
    found: list[list[re.Match]] = [[] for _ in patterns]
    consumed = [0] * len(patterns)  # the end of each pattern's last match (it may span lines)
    tried = -1  # the line tried last
    at = text.find(word)
    while at >= 0:
        line = text.rfind("\n", 0, at) + 1
        if line != tried:
            tried = line
            for i, pattern in enumerate(patterns):
                match = pattern.match(text, line) if line >= consumed[i] else None
                if match is not None:
                    found[i].append(match)
                    consumed[i] = match.end()
        at = text.find(word, at + len(word))
    return found
