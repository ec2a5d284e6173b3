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
    TOO_DEEP,
    depth_past,
    unparseable,
)
from postil.analyzers.tree_depth import may_nest_deeper

# Bytes of records one file may make at most, as the square of a length bounds them: a line's
# matches times its length, or a subtree's depth times its size.
MOST_RECORD_BYTES = 128 << 20
LONG_LINE = 16_384  # the longest line whose matches stay within that (a match takes a few bytes)


def flood_or_unchecked(data: bytes, text: str, language: str | None) -> tuple[bool, str | None, bool]:
    """Whether the records of a file (``data``; ``text``, decoded where its depth is asked, else
    empty) may pass :data:`MOST_RECORD_BYTES`, why it is not checked at all (see
    parse_limits.unchecked), and whether it was parsed with no syntax error in its tree (see
    bulk._narrowed), with at most one parse: a text not deeper than the records allow is not
    deeper than parse_limits allows either."""
    if len(data) > LONG_LINE and max(map(len, data.split(b"\n"))) > LONG_LINE:
        return True, None, False  # (checked in process, where a text too deep is skipped with the reason)
    why = unparseable(text, language) if text else None
    if not text or why is not None or language is None:
        return False, why, False
    most = depth_within_records(len(data))
    deep, erred = depth_past(text, language, MOST_TREE_DEPTH if most is None else most)
    if most is None:
        return False, TOO_DEEP if deep else None, erred is False
    return deep, None, erred is False


def depth_within_records(size: int) -> int | None:
    """The deepest tree a text of ``size`` bytes may have for its nested matches' records to
    stay within :data:`MOST_RECORD_BYTES` (each level's as large as the text, at most), when
    that is less than the depth past which it is not parsed at all; else None."""
    most = MOST_RECORD_BYTES // max(size, 1)
    return most if most < MOST_TREE_DEPTH and may_nest_deeper(size, most) else None
