"""Nested spans and the innermost one around a span (:class:`Nesting`): a file's functions, for
the taint engine's scope_of (see taint_facts)."""

from __future__ import annotations

import bisect


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
