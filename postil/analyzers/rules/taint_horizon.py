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
_LONGEST_WORD = 16  # characters: longer than any loop word of a grammar (`foreach`, `while`)


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
    first_words: dict[tuple, tuple[str, int | None]] = {}  # function key -> its text, the end of its first loop word
    for node in points:
        scope = facts.scope_of(node)
        if scope is None:
            continue
        key = (node_key(scope), False)
        start = span(node)[0]
        if key not in first_words:  # (once a function: a copy and a search of its text per sink grew with its square)
            text = scope.text()
            found = words.search(text)
            first_words[key] = (text, found.end() if found else None)
        if _in_loop(node, scope, loops, words, *first_words[key]):
            barred.add(key)
        if key not in last or start > last[key][1]:
            last[key] = (scope, start)
    return {key: start for key, (scope, start) in last.items()
            if key not in barred and not words.search(first_words[key][0], start - span(scope)[0])}


def _in_loop(node, scope, loops: frozenset[str], words: re.Pattern, text: str, first_end: int | None) -> bool:
    """Whether ``node`` is inside a loop statement of the function ``scope`` (its ``text``, where the first
    word a loop begins with, ``words``, ends at ``first_end``): none where the text before the node holds no
    such word, else asked of its parents (each a node object and a span to build: ~4 a sink of a handler)."""
    before = span(node)[0] - span(scope)[0]
    # (a word ending just where the node starts is a word of the text before it, not of the whole text)
    if (first_end is None or first_end > before) and not words.search(text, max(0, before - _LONGEST_WORD), before):
        return False
    scope_key = node_key(scope)
    parent = node.parent()
    while parent is not None and node_key(parent) != scope_key:
        if parent.kind() in loops:
            return True
        parent = parent.parent()
    return False
