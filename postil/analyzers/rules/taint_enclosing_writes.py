"""Writes a closure already sees: a function's assignment to its own variable made before one of
its closures is (`let target; target = new URL(req.body.url); if (!ALLOWED.has(target.hostname))
return; withPage(async (page) => page.goto(target.href))`) is in the state the closure begins with,
with the guards between them, so it is not another function's write the closure may see first."""

from __future__ import annotations

from postil.analyzers.rules.taint_values import node_key, node_span


def seen_at_creation(facts, scope, writer, write) -> bool:
    """Whether ``write`` (a node) of the function ``writer`` comes before the closure ``scope`` in a
    function around it: the closure's first state is that function's there (see TaintFlow._initial_state)."""
    if scope is None or writer is None or node_span(write)[1] > node_span(scope)[0]:
        return False
    own, outer = node_key(writer), facts.scope_of(scope)
    while outer is not None:
        if node_key(outer) == own:
            return True
        outer = facts.scope_of(outer)
    return False
