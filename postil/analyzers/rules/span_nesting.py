"""Nested spans and the innermost one around a span (:class:`Nesting`): a file's functions, for
the taint engine's scope_of (see taint_facts); and which spans hold another (:func:`holding_another`):
a taint rule keeps the innermost of nested sinks (`execute(text(q))`)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class Nesting:
    """Nested spans (a file's functions), each with the innermost one around it, for asking
    which is the innermost around a span: the last to start at or before it, or the one around
    that, and so on (as deep as the functions nest)."""

    def __init__(self, spans: list[tuple[int, int, object]]) -> None:
        spans.sort(key=lambda s: (s[0], -s[1]))
        self.starts = [start for start, _, _ in spans]
        self.spans = spans
        self.outer: list[int] = []  # index of the innermost span around each (-1: none)
        enclosing: list[int] = []
        for i, (start, end, _) in enumerate(spans):
            while enclosing and not (spans[enclosing[-1]][0] <= start and end <= spans[enclosing[-1]][1]):
                enclosing.pop()
            self.outer.append(enclosing[-1] if enclosing else -1)
            enclosing.append(i)

    def around(self, start: int, end: int):
        """The value of the innermost span holding (``start``, ``end``) and not equal to it (None: none)."""
        i = bisect.bisect_right(self.starts, start) - 1
        while i >= 0:
            s, e, value = self.spans[i]
            if s <= start and end <= e and (s, e) != (start, end):
                return value
            i = self.outer[i]
        return None


def holding_another(spans: Iterable[tuple[int, int]]) -> set[tuple[int, int]]:
    """The (start, end) spans among ``spans`` (distinct) that contain another of them, its ends included:
    in one sort and one pass (comparing each span with every other took a function of 8,000 sinks a minute)."""
    holding, least_end = set(), None  # (the least end of the spans looked at before)
    # (from the last start back, the shorter first at a start: every span a span may hold is looked at before it)
    for start, end in sorted(spans, key=lambda s: (-s[0], s[1])):
        if least_end is not None and least_end <= end:
            holding.add((start, end))
        least_end = end if least_end is None else min(least_end, end)
    return holding
