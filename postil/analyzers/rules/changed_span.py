"""Where two versions of a text differ: the common head and the common tail around the change
(the incremental parse of ``suppressions.parse_tree`` and the option-dict copy kept by
``unit_keywords`` both need it)."""

from __future__ import annotations


def changed_span(old, new) -> tuple[int, int]:
    """(length of the common start, length of the common end after it) of ``old`` and ``new``
    (two ``str`` or two ``bytes``)."""
    start = _common_prefix(old, new)
    return start, _common_prefix(old[start:][::-1], new[start:][::-1])


def _common_prefix(a, b) -> int:
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:  # binary search on slice equality: C-speed comparisons
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo
