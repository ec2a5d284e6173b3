"""The values the taint engine passes around: where data entered (:class:`Origin`), a
sink it reached (:class:`TaintHit`), a binding on a path (:class:`Event`) and what a
function does with data (:class:`Summary`)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Origin:
    """Where tainted data entered: a source match or a source parameter."""

    start: int
    end: int
    line: int  # 0-based
    text: str
    label: str | None = None  # what the data is (None: the rule's label)


@dataclass(frozen=True)
class ParameterOrigin(Origin):
    """A helper's own parameter, by position (for pass-through summaries and sinks
    inside helpers)."""

    index: int = -1
    alone: bool = False  # marked alone, to summarise what the helper returns (see TaintFlow._summary)


@dataclass(frozen=True)
class FedOrigin(Origin):
    """Request data a file of the project passes a parameter of this one (see taint_callers)."""


def is_fed(origin: Origin | None) -> bool:
    """Whether ``origin`` is data another file's call passed this file's function (see FedOrigin)."""
    return isinstance(origin, FedOrigin)


def is_parameter(origin: Origin | None) -> bool:
    """Whether ``origin`` is a helper's own parameter (not data that entered)."""
    return isinstance(origin, ParameterOrigin)


@dataclass(frozen=True)
class TaintHit:
    """A sink whose focus is tainted, and the source the data came from; ``calls``: (start, end, helper)
    of each call of the file's own helper (the sink's function) that hands it the data, where the flow
    is reported too (see taint_helper_calls)."""

    start: int
    end: int
    sink: str
    origin: Origin
    calls: tuple[tuple[int, int, str], ...] = ()


# id(node) -> (node, start, end): ast-grep-py builds a Range and two Pos objects on each
# range() (~1 us, 25x a kind()), and the engine asks the same node objects for their spans
# again and again (a tree of 1,250 handlers: ~60,000 of ~120,000 asks). The node is held,
# so its id is not reused while it is kept.
_SPANS: dict[int, tuple[object, int, int]] = {}
_SPANS_KEPT = 50_000


def node_span(node) -> tuple[int, int]:
    """A node's (start, end) offsets."""
    known = _SPANS.get(id(node))
    if known is not None and known[0] is node:
        return known[1], known[2]
    if len(_SPANS) >= _SPANS_KEPT:
        _SPANS.clear()
    r = node.range()
    start, end = r.start.index, r.end.index
    _SPANS[id(node)] = (node, start, end)
    return start, end


def node_key(node) -> tuple[int, int, str]:
    """A node's identity within its file: its span and kind."""
    return (*node_span(node), node.kind())


def stored_label(label: str, writer: str) -> str:
    """The label of data that ``writer`` (a file, a middleware) stores and another place reads: the
    finding's message goes on "... from line N" with the read's line, not the store's."""
    return f"{label} stored by {writer}, read"


def node_origin(node, label: str | None = None, fed: bool = False) -> Origin:
    """Data that enters at ``node``, quoted in at most 40 characters (``fed``: by a caller, see FedOrigin)."""
    r = node.range()
    text = " ".join(node.text().split())
    return (FedOrigin if fed else Origin)(r.start.index, r.end.index, r.start.line, text if len(text) <= 40 else text[:37] + "...", label)


_NAME_BREAK = re.compile(r"[.\s\[(]")


def last_name(text: str) -> str:
    """The last name of a dotted or called expression (`a.b.run(x)` → run)."""
    return _NAME_BREAK.split(text.strip().rstrip(")]"))[-1] or text


@dataclass
class Event:
    """Something that changes the taint of names on a path at ``position``: a binding, a
    mutating call, a guard's clear or the end of its region."""

    position: int
    target: object
    value: object | None  # None: the target takes ``origin`` (a propagator or mutating call)
    augmented: bool = False
    origin_of: object | None = None
    clears: tuple[str, ...] = ()  # names a guard has checked: clean from here on
    derived: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (cleared name, names it was computed from)
    ends: "Event | None" = None  # the clear whose region ends here: its names get their taint back
    branch: tuple[int, int] | None = None  # a clear on the path through this `if` that takes none of its arms
    method: str = ""  # a method call's: `append` of `xs.append(v)`
    looped: bool = False  # the call is inside a loop of its function


@dataclass
class Summary:
    """What a function does with data, for one rule: its result is tainted from ``source``,
    or from the arguments it ``passes`` through ((position, name) of each, a method's
    receiver not counted; None: every argument, as for `*args`); and the parameters it
    passes to a sink."""

    source: Origin | None = None
    passes: tuple[tuple[int, str], ...] | None = ()
    returns: bool = False  # returns a value somewhere
    sinks: tuple[tuple[int, str, str], ...] = ()  # (position, name, sink) of each parameter that reaches a sink

    def returned(self) -> tuple[tuple[int, str], ...] | None:
        """The arguments it passes through to its result (see ``passes``) less those it hands a sink of the
        rule first: that flow is reported at its sink, not again where the caller uses the result."""
        if self.passes is None or not self.sinks:
            return self.passes
        sunk = {position for position, _, _ in self.sinks}
        return tuple((i, name) for i, name in self.passes if i not in sunk)
