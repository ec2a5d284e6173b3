"""Whether an open document's syntax tree nests too deep to check (parse_limits.TOO_DEEP), asked on
each change in the check process as the CLI asks it of every file: a deep document (one line of 30,000
`a + ` terms) ended the check process, or ran into the time limit, on every keystroke. Each document's
last tree is kept and parsed again from the change (tree-sitter's incremental parse: ~3 ms for a
one-line edit of a 1,000-line file, ~7 ms parsed afresh), then walked where it may be deep (see
tree_depth.deeper).
"""

from __future__ import annotations

from postil.analyzers.parse_limits import MOST_TREE_DEPTH, TOO_DEEP, may_nest_too_deep
from postil.analyzers.tree_depth import deeper

_KEPT = 8  # documents whose last tree is kept (the ones typed in lately)
_trees: dict[str, tuple[str, bytes, object]] = {}  # document -> (language, its text's bytes, its tree)


def too_deep(document: str, text: str, language: str | None) -> str | None:
    """The reason ``text`` (the ``document``'s new text) is not checked, or None."""
    data = text.encode("utf-8", "surrogatepass")
    if language is None or not may_nest_too_deep(len(data)):
        _trees.pop(document, None)
        return None
    from postil.core.grammars import parser

    kept = _trees.pop(document, None)
    try:
        if kept is not None and kept[0] == language:
            tree = parser(language).parse(data, _edited(kept[2], kept[1], data))
        else:
            tree = parser(language).parse(data)
    except (LookupError, ValueError):
        return None
    _trees[document] = (language, data, tree)
    while len(_trees) > _KEPT:
        del _trees[next(iter(_trees))]
    return TOO_DEEP if deeper(tree.walk(), MOST_TREE_DEPTH) else None


def _edited(tree, old: bytes, new: bytes):
    """``tree`` (of ``old``) told where ``new`` differs from it: the bytes between their common
    start and common end."""
    start = _common(old, new, 0)
    end = _common(old, new, start)
    tree.edit(start_byte=start, old_end_byte=len(old) - end, new_end_byte=len(new) - end,
              start_point=_point(old, start), old_end_point=_point(old, len(old) - end),
              new_end_point=_point(new, len(new) - end))
    return tree


def _common(old: bytes, new: bytes, start: int) -> int:
    """With ``start`` 0: how many bytes ``old`` and ``new`` begin with alike; else how many they end
    with alike, leaving their first ``start`` bytes out (binary search over memoryview slices)."""
    a, b = memoryview(old), memoryview(new)
    low, high = 0, min(len(a), len(b)) - start
    while low < high:
        mid = (low + high + 1) // 2
        same = a[:mid] == b[:mid] if start == 0 else a[len(a) - mid:] == b[len(b) - mid:]
        low, high = (mid, high) if same else (low, mid - 1)
    return low


def _point(data: bytes, offset: int):
    from tree_sitter import Point

    return Point(data.count(b"\n", 0, offset), offset - (data.rfind(b"\n", 0, offset) + 1))
