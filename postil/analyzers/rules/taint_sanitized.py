"""Where a taint rule's sanitizers clean, for the taint engine: a sanitizer's span, less the sinks
nested in it (a sanitizer cleans the value it gives back, not what a sink inside it runs)."""

from __future__ import annotations

import bisect

from postil.analyzers.rules.taint_paths import span


def around_sinks(sanitized: list[tuple[tuple[int, int], bool]], sinks) -> list[tuple[int, int]]:
    """The spans of sanitizer matches ((span, whether a call) each), a call's without the sinks inside
    it: `bool(eval(code))` cleans what eval gives back, not what eval runs, so the reads inside the sink
    are not cut (a check around a sink, `if url.origin === location.origin { ... }`, still cleans it).
    ``sinks`` gives the sinks' spans, asked only where a call sanitizes."""
    calls = [span for span, call in sanitized if call]
    for sink in sinks() if calls else ():
        if any(s <= sink[0] and sink[1] <= e and (s, e) != sink for s, e in calls):
            calls = [piece for s, e in calls for piece in (
                ((s, sink[0]), (sink[1], e)) if s <= sink[0] and sink[1] <= e and (s, e) != sink else ((s, e),))]
    return [span for span, call in sanitized if not call] + calls


def beside_functions(sanitized: list[tuple[tuple[int, int], bool]], facts) -> list[tuple[tuple[int, int], bool]]:
    """The sanitizer matches ((span, whether a call) each), one that is no call without the functions
    written inside it: an object literal keeps a value out of a log message (`logger.info({ id })`),
    but the methods of an object of handlers (Habitica's `api.getTask = { async handler (req, res)
    { ... } }`) are code of their own, whose reads it does not clean. (A call's are what it gives
    back: `escape(names.map((n) => n.trim()))`.)"""
    if all(call for _, call in sanitized):
        return sanitized
    functions = sorted(span(f) for f in facts.find(facts.configs.scopes))
    starts = [start for start, _ in functions]
    pieces = []
    for (start, end), call in sanitized:
        cursor = start
        for inner_start, inner_end in [] if call else functions[bisect.bisect_right(starts, start):bisect.bisect_left(starts, end)]:
            if inner_start >= cursor and inner_end <= end:  # (the outermost: one inside a function cut out is skipped)
                pieces.append(((cursor, inner_start), call))
                cursor = inner_end
        pieces.append(((cursor, end), call))
    return pieces
