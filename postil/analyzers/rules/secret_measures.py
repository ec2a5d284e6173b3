"""What a string is made of: its character sets, Shannon entropy and character classes
(the measures every secret judgement uses)."""

from __future__ import annotations

import math

ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
WORDCH = ALNUM | {"_"}


def entropy(s: str) -> float:
    """Shannon entropy in bits per character."""
    if not s:
        return 0.0
    n = len(s)
    counts: dict[str, int] = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def char_classes(s: str) -> int:
    """How many of lower, upper, digit and other characters ``s`` has."""
    if not s:
        return 0
    lower = any(map(str.islower, s))
    upper = any(map(str.isupper, s))
    digit = any(map(str.isdigit, s))
    if s.isascii():  # every ASCII letter is upper or lower case
        other = not s.isalnum()
    else:
        other = any(not (ch.islower() or ch.isupper() or ch.isdigit()) for ch in s)
    return lower + upper + digit + other
