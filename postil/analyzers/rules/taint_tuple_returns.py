"""Unpacking a helper's tuple item by item, for the taint engine: `where, params = self._where()` where the
method returns `" AND ".join(clauses), params` binds `where` to what the method's first item holds (literal
clauses: nothing) and `params` to what its second holds (the request's values), not both to the whole
tuple. Followed only where every `return` of the helper in this file gives as many items as the target
names and no item carries a parameter's data (what the caller passed is the caller's to judge: the tuple
is then one value, the sound side). Python's only: JavaScript's array destructuring is as it was."""

from __future__ import annotations

from postil.analyzers.rules.taint_grammar import PYTHON
from postil.analyzers.rules.taint_paths import span
from postil.analyzers.rules.taint_values import is_parameter, last_name


def bind_unpacked(flow, target, value, state: dict) -> bool:
    """Bind the names of the unpacking ``target`` item by item from ``value`` (a literal sequence as long, or a
    call of a helper returning such tuples: see the module) in ``state``; False: neither (bind it as a whole)."""
    g = flow.g
    if target.kind() not in g.sequences:
        return False
    targets = target.named_children()
    if value.kind() in g.sequences and len(value.named_children()) == len(targets):
        items = [flow._taint_of(v, state) for v in value.named_children()]
    elif value.kind() == g.call and g is PYTHON:  # (JavaScript's `const [a, b] = helper()` left as it was)
        items = _returned_items(flow, value, len(targets))
        if items is None:
            return False
    else:
        return False
    for t, origin in zip(targets, items, strict=True):
        flow._bind(t, origin, state, weak=False)
    return True


def _returned_items(flow, call, count: int) -> list | None:
    """The origins of the ``count`` items each `return` of the helper ``call`` names gives (joined over its
    returns), or None where it is no helper of the file, a return is no tuple of that length, or an item
    holds a parameter's data."""
    callee = call.field("function")
    if callee is None:
        return None
    text = callee.text()
    scope = flow.facts.method_of(text) if "." in text else None
    if scope is None and ("." not in text or text.split(".")[0] in flow.g.receivers):
        scope = flow.facts.helpers().get(last_name(text))
    if scope is None:
        return None
    returned = [r.child(1) for r in scope.find_all(kind=flow.g.returns)
                if r.child(1) is not None and flow.facts.in_scope(r, scope)]
    if not returned or any(r.kind() not in flow.g.sequences or len(r.named_children()) != count for r in returned):
        return None
    items: list = [None] * count
    for tuple_node in returned:
        state = flow._state_at(scope, span(tuple_node)[0], as_helper=True)
        for i, item in enumerate(tuple_node.named_children()):
            origin = flow._taint_of(item, state)
            if is_parameter(origin):
                return None
            items[i] = items[i] or origin
    return items
