"""Where a taint rule's sanitizers clean, for the taint engine: a sanitizer's span, less the sinks
nested in it (a sanitizer cleans the value it gives back, not what a sink inside it runs)."""

from __future__ import annotations


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
