"""Files whose records from ast-grep's CLI would grow with the square of their size.

Each JSON record ast-grep prints holds the match's whole text, the whole lines it spans and its
metavariables' text, and ast-grep builds a file's records in memory before it prints them. So a
match inside a match repeats the inner one's text, and every match on one long line repeats the
line: a 160 KB line of 20,000 `eval(a);` made 3.2 GB of records (58 s, 3.1 GB in ast-grep), 3,000
nested `eval(` lines 150 MB. The rules in process read only what they report (the same 20,000
findings: 13 s, 114 MB), so such a file is checked there instead (see bulk._narrowed).
"""

from __future__ import annotations

from postil.analyzers.parse_limits import (
    MOST_TREE_DEPTH,
    nests_past,
    unchecked,
    unparseable,
)
from postil.analyzers.tree_depth import may_nest_deeper

# Bytes of records one file may make at most, as the square of a length bounds them: a line's
# matches times its length, or a subtree's depth times its size.
MOST_RECORD_BYTES = 128 << 20
LONG_LINE = 16_384  # the longest line whose matches stay within that (a match takes a few bytes)


def flood_or_unchecked(data: bytes, text: str, language: str | None) -> tuple[bool, str | None]:
    """Whether the records of a file (``data``; ``text``, decoded where its depth is asked, else
    empty) may pass :data:`MOST_RECORD_BYTES`, and why it is not checked at all (see
    parse_limits.unchecked), with at most one parse: a text not deeper than the records allow is
    not deeper than parse_limits allows either."""
    if len(data) > LONG_LINE and max(map(len, data.split(b"\n"))) > LONG_LINE:
        return True, None  # (checked in process, where a text too deep is skipped with the reason)
    most = depth_within_records(len(data)) if text and language is not None else None
    if most is None:
        return False, unchecked(text, language) if text else None
    why = unparseable(text, language)
    return why is None and nests_past(text, language, most), why


def depth_within_records(size: int) -> int | None:
    """The deepest tree a text of ``size`` bytes may have for its nested matches' records to
    stay within :data:`MOST_RECORD_BYTES` (each level's as large as the text, at most), when
    that is less than the depth past which it is not parsed at all; else None."""
    most = MOST_RECORD_BYTES // max(size, 1)
    return most if most < MOST_TREE_DEPTH and may_nest_deeper(size, most) else None
