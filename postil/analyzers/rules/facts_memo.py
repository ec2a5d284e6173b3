"""A question asked of a file's facts by every rule, answered once a file: the answer is kept while the facts live."""

from __future__ import annotations

from functools import wraps
from weakref import WeakKeyDictionary


def once_a_file(compute):
    """``compute(facts)`` kept per ``facts`` object (weakly: it goes with the file's facts)."""
    known: WeakKeyDictionary = WeakKeyDictionary()

    @wraps(compute)
    def answer(facts):
        if facts not in known:
            known[facts] = compute(facts)
        return known[facts]

    return answer
