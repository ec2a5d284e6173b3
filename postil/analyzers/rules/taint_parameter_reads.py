"""Which parameters of a helper a sink inside it reads, for the taint engine: a name keeps one mark
where paths join or several parameters build it (`message = f"[{target}] {title}"` keeps `target`'s),
so where the sink reads any, each parameter is asked alone, as a helper's summary asks what it returns
(Bedevere's `_commit_backport(pr["title"], int(pr["number"]), target)`: the title reaches the shell)."""

from __future__ import annotations


def parameter_reads(flow, scope, offset: int, focus: list) -> dict[int, str]:
    """Position -> name of the parameters of ``scope`` whose values the ``focus`` nodes at ``offset``
    read (as they came in, not replaced or cleaned on the way; ``flow``: a taint_flow.TaintFlow)."""
    wanted = flow.parameter_marks_read(scope, offset, focus)
    if wanted:
        for position in range(len(flow.facts.parameters(scope))):
            if position not in wanted:
                wanted.update(flow.parameter_marks_read(scope, offset, focus, only=position))
    return wanted
