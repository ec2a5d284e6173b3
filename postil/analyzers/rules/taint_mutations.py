"""The calls that put data into a container or reshape it, for the taint engine (see
FileFacts.events): a method of its receiver (`xs.push(v)`, `m.set("k", v)`, `xs.pop(0)`), or a
function that copies its later arguments into its first (`Object.assign(opts, req.body)`), each an
Event on what it changes."""

from __future__ import annotations

from postil.analyzers.rules.taint_paths import span as _span
from postil.analyzers.rules.taint_values import Event, last_name


def mutating_calls(facts) -> list[tuple[tuple, Event]]:
    """(scope key, event) of each call of the file ``facts`` (a FileFacts) that changes a
    container: its receiver (or the first argument a copy fills) takes its arguments' taint."""
    g, configs = facts.g, facts.configs
    out = []
    for call in facts.find(configs.calls) if configs.mutations is not None else ():
        callee, args = call.field("function"), call.field("arguments")
        if callee is None or args is None:
            continue
        if callee.text() in g.copies_into:
            into = args.named_children()[:1]  # `Object.assign(opts, req.body)`: opts takes the rest
            if into and into[0].kind() in g.names:
                out.append((facts.scope_key(call), Event(_span(call)[1], into[0], None, True, args)))
            continue
        receiver = callee.child(0)
        # `$('#log').append(v)` changes what a call returned, no name (`$` stays clean)
        if not configs.mutations.search(callee.text()) or receiver is None or receiver.kind() == g.call:
            continue
        method = last_name(callee.text())
        removes = any(method == name for name, _ in g.removes)
        out.append((facts.scope_key(call), Event(
            _span(_statement_of(g, call) if removes else call)[1], receiver, None, True, args, method=method,
            looped=method == g.appends and _looped(g, call))))
    return out


def _statement_of(g, node):
    """The expression or simple statement ``node`` is part of, up to a block or a
    branching statement (`bar = xs.pop(0) + "x"`: a value read before the pop takes effect)."""
    parent = node.parent()
    stops = {*g.paths.blocks, *g.scopes, g.paths.branches, *g.paths.elses, *g.paths.loops,
             g.paths.tries, g.paths.matches, g.paths.switches, *g.paths.ends}
    while parent is not None and parent.kind() not in stops:
        node, parent = parent, parent.parent()
    return node


def _looped(g, node) -> bool:
    """Whether ``node`` is inside a loop of its function."""
    parent = node.parent()
    while parent is not None and parent.kind() not in g.scopes:
        if parent.kind() in g.paths.loops:
            return True
        parent = parent.parent()
    return False
