"""Which parameters of a helper a sink inside it reads, for the taint engine: a name keeps one mark
where paths join or several parameters build it (`message = f"[{target}] {title}"` keeps `target`'s),
so where the sink reads any, each parameter is asked alone, as a helper's summary asks what it returns
(Bedevere's `_commit_backport(pr["title"], int(pr["number"]), target)`: the title reaches the shell)."""

from __future__ import annotations

from postil.analyzers.rules import taint_elements as elements
from postil.analyzers.rules.taint_values import is_parameter


def parameter_reads(flow, scope, offset: int, focus: list) -> dict[int, str]:
    """Position -> name of the parameters of ``scope`` whose values the ``focus`` nodes at ``offset``
    read (as they came in, not replaced or cleaned on the way; ``flow``: a taint_flow.TaintFlow)."""
    wanted = _marks_read(flow, scope, offset, focus, None)
    if wanted:
        for position in range(len(flow.facts.parameters(scope))):
            if position not in wanted:
                wanted.update(_marks_read(flow, scope, offset, focus, position))
    return wanted


def _marks_read(flow, scope, offset: int, focus: list, only: int | None) -> dict[int, str]:
    """Position -> name of the parameter marks the ``focus`` nodes read in the helper's state at
    ``offset`` (every parameter marked, or ``only`` that one)."""
    state = flow._state_at(scope, offset, as_helper=True, only=only)
    keyed = elements.has_elements(state)  # (a parameter checked on one key: `if message.get("command") == "plot"`)
    wanted: dict[int, str] = {}
    for node in focus:
        names, members, calls = flow.facts.reads(node)
        cuts = flow._helper_cuts(list(flow._local_helpers(calls)))
        for text, s, e in names + members:
            mark = state.get(text)
            if mark is None and keyed:
                mark = elements.read(state, text, flow.facts.element_keys(s))
            if is_parameter(mark) and not flow._is_cut(s, e, cuts):
                wanted[mark.index] = mark.text
    return wanted
