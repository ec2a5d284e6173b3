"""How far a taint rule's walk of a function must go: the state past the last sink it asks
about is never read, so the events after it need not be applied (a handler's `result =
sink(...)`, the largest expression it evaluates, comes after the sink's start). Where a path
may come back before that point (a loop around it or after it), the whole function is walked.
"""

from __future__ import annotations

import re

from postil.analyzers.rules.taint_paths import span
from postil.analyzers.rules.taint_values import node_key

_LOOP_WORDS: dict[frozenset[str], re.Pattern] = {}  # a grammar's loop kinds -> the words that begin them
_WORD = r"\w"


def horizons(facts, points: list) -> dict[tuple, int]:
    """(function key, False) -> the start of the last of ``points`` (a rule's sinks and the calls
    it asks about) in that function, for the functions where no path comes back to one: none
    is inside a loop of the function and no loop follows the last (a loop's later passes change
    the state before it, and whether every loop settles decides whether a clean sink is judged:
    see FileTaint._followed). The module's code is walked whole."""
    loops = facts.g.paths.loops
    words = _LOOP_WORDS.get(loops)
    if words is None:
        # (each word's first letter first, the boundary before it checked after it: see taint_facts._BRANCHING)
        starts = [f"{w[0]}(?<!{_WORD}{w[0]}){w[1:]}" for w in sorted({k.split('_')[0] for k in loops})]
        words = _LOOP_WORDS[loops] = re.compile(rf"(?:{'|'.join(starts)})\b")
    last: dict[tuple, tuple[object, int]] = {}
    barred: set[tuple] = set()
    for node in points:
        scope = facts.scope_of(node)
        if scope is None:
            continue
        key = (node_key(scope), False)
        start = span(node)[0]
        if _in_loop(node, scope, loops, words):
            barred.add(key)
        if key not in last or start > last[key][1]:
            last[key] = (scope, start)
    return {key: start for key, (scope, start) in last.items()
            if key not in barred and not words.search(scope.text(), start - span(scope)[0])}


def _in_loop(node, scope, loops: frozenset[str], words: re.Pattern) -> bool:
    """Whether ``node`` is inside a loop statement of the function ``scope``: none where the
    function's text before it holds no word a loop begins with (``words``), else asked of its
    parents (each a node object and a span to build: ~4 a sink of a handler)."""
    scope_start = span(scope)[0]
    if not words.search(scope.text(), 0, span(node)[0] - scope_start):
        return False
    scope_key = node_key(scope)
    parent = node.parent()
    while parent is not None and node_key(parent) != scope_key:
        if parent.kind() in loops:
            return True
        parent = parent.parent()
    return False
