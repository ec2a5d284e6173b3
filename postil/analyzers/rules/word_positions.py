"""Where a pattern's words occur in a file's text, found once (:class:`WordPositions`), so that
asking whether a span holds one (a function's text, the part of it before a sink) costs a
bisection, not a search of the span's text: a function's text holds the functions nested in it,
so a search per function or per sink grew with the square of the nesting."""

from __future__ import annotations

import bisect
import re


class WordPositions:
    """The non-overlapping matches of ``pattern`` in ``text``, which starts at offset ``offset``
    of the file (a root node's text may start after leading comments)."""

    def __init__(self, pattern: re.Pattern, text: str, offset: int = 0) -> None:
        matches = [(m.start() + offset, m.end() + offset) for m in pattern.finditer(text)]
        self.starts = [start for start, _ in matches]
        self.ends = [end for _, end in matches]

    def within(self, start: int, end: int) -> bool:
        """Whether a match lies wholly in [start, end): the first to start there ends first."""
        i = bisect.bisect_left(self.starts, start)
        return i < len(self.starts) and self.ends[i] <= end
