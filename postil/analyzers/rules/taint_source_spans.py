"""The source reads of a taint rule inside a span, for TaintFlow._taint_of: found by bisection over
their starts, not by a pass over all of a file's sources for each expression asked about (a function of
8,000 sinks each reading a source took the pass 64 million steps)."""

from __future__ import annotations

import bisect


class SourceSpans:
    """An index of one list of (start, end, origin) sources, made again when the list grows or is another."""

    def __init__(self) -> None:
        self._of: list | None = None  # the list indexed (held, so its id cannot be another's)
        self._size = 0
        self._starts: list[int] = []  # the sources' starts, ascending
        self._order: list[int] = []  # the index in the list of each of those

    def within(self, sources: list, start: int, end: int) -> list:
        """The ``sources`` whose span lies in ``start``-``end``, in the list's order."""
        if self._of is not sources or self._size != len(sources):
            self._of, self._size = sources, len(sources)
            self._order = sorted(range(len(sources)), key=lambda i: sources[i][0])
            self._starts = [sources[i][0] for i in self._order]
        first, past = bisect.bisect_left(self._starts, start), bisect.bisect_right(self._starts, end)
        return [sources[i] for i in sorted(i for i in self._order[first:past] if sources[i][1] <= end)]
