"""A scope's taint states from its event list where its body is one path (issue 31: most handlers
are): the events applied in text order; a scope with several paths has its statements walked
(taint_paths.PathWalk). Both bind a name's plain binding (`name = value`) by `bind`, decided once a
file for every rule. They give the same states (bench/event_list_equivalence.py compares them scope by scope)."""

from __future__ import annotations

from postil.analyzers.rules import taint_elements as elements
from postil.analyzers.rules.taint_fold import fold_case, fold_condition
from postil.analyzers.rules.taint_guards import validated_when_false
from postil.analyzers.rules.taint_paths import PathWalk
from postil.analyzers.rules.taint_paths import span as _span


def scope_states(flow, scope, events: list, otherwise: dict, cleared: dict, horizon: int | None,
                 initial: dict) -> tuple[list, bool]:
    """(position, state) after each event of ``scope`` on the paths of one rule's ``flow`` (a
    taint_flow.TaintFlow), and whether every path was followed: ``events`` those on every path,
    ``otherwise`` those on the path through an `if` taking none of its arms, ``cleared`` what its
    guards took away, ``horizon`` the last offset asked (None: all), ``initial`` the state at its start."""
    if not otherwise and one_path(flow.facts, scope):
        return along(flow, events, initial, horizon, cleared), True
    return walked(flow, scope, events, otherwise, cleared, horizon, initial)


def walked(flow, scope, events: list, otherwise: dict, cleared: dict, horizon: int | None,
           initial: dict) -> tuple[list, bool]:
    """scope_states by walking the scope's statements (branches joined, loops to a fixpoint)."""
    facts = flow.facts
    walk = PathWalk(facts.g.paths, events, lambda e, s: flow._step(e, s, cleared),
                    lambda condition: fold_condition(facts, condition, scope), otherwise,
                    lambda condition: validated_when_false(facts, condition), facts.aborts(), facts.entered,
                    lambda subject, case: fold_case(facts, subject, case, scope), horizon)
    body = facts.root if scope is None else scope.field("body")
    if body is not None and scope is not None and not facts.branches(scope):
        body = None  # straight-line code: the events in order are its one path
    return walk.run(body, initial), walk.followed


def along(flow, events: list, initial: dict, horizon: int | None, cleared: dict) -> list:
    """scope_states of a scope whose body is one path: each event in order, from a copy of
    ``initial`` (the state before its start stays what it was)."""
    snapshots = [(-1, initial)]
    state = dict(initial)
    for event in events:
        if horizon is not None and event.position > horizon:
            continue  # (PathWalk.until: past the last offset asked, not applied)
        flow._step(event, state, cleared)
        snapshots.append((event.position, dict(state)))
    return snapshots


def bind(flow, event, name: str, value, state: dict, cleared: dict) -> None:
    """A plain binding ``event`` on the path (see plain_binding): ``name`` takes ``value``'s taint, whatever
    it held before (its elements too), and no guard's region gives the name back its old taint."""
    origin = flow._taint_of(value, state)
    elements.forget(state, name)
    if origin is not None:
        state[name] = origin
    else:
        state.pop(name, None)
    for taken in cleared.values():
        taken.pop(name, None)


def plain_binding(facts, event) -> tuple | None:
    """(name, value) of ``event`` where it binds a name as a whole: not augmented, from a value that is
    no table or list literal, no `Object.assign` and no construction of a class of the file (those are
    followed element by element or field by field: TaintFlow._apply); decided once a file for all its
    rules (FileFacts.bindings, which keeps the event: its id names no other while there)."""
    if event.value is None or event.augmented or event.clears or event.ends is not None or event.branch is not None:
        return None
    known = facts.bindings.get(id(event))
    if known is None:
        known = facts.bindings[id(event)] = (event, _plain(facts, event))
    return known[1]


def _plain(facts, event) -> tuple | None:
    """plain_binding's answer for an event that binds a value."""
    g = facts.g
    if event.target.kind() not in g.names:
        return None
    kind = event.value.kind()
    if kind in g.tables or kind in g.lists:
        return None
    if kind == g.call:
        callee = event.value.field("function")
        if callee is None or callee.text() == "Object.assign" \
                or callee.kind() in g.names and f"{callee.text()}.__init__" in facts.helpers():
            return None
    return event.target.text(), event.value


def one_path(facts, scope) -> bool:
    """Whether PathWalk would apply every event of ``scope`` (None: the module) in text order, once a
    file for all its rules: straight-line code (not walked at all, see walked), or no statement it
    walks into (a branch, a loop, a `try`, a `with`, a class) and a return, raise or abort only last."""
    key = _span(scope) if scope is not None else (-1, -1)
    if key not in facts.one_path:
        facts.one_path[key] = _one_path(facts, scope)
    return facts.one_path[key]


def _one_path(facts, scope) -> bool:
    """one_path, decided."""
    if scope is not None:
        body = scope.field("body")
        if body is None or not facts.branches(scope):
            return True
    else:
        body = facts.root
    kinds = facts.g.paths
    if body.kind() not in kinds.blocks:
        return False
    walked_into = {kinds.branches, *kinds.loops, kinds.tries, kinds.matches, kinds.switches, kinds.continues,
                   kinds.breaks, *kinds.blocks}
    aborts = facts.aborts()
    statements = body.named_children()
    for i, statement in enumerate(statements):
        kind = statement.kind()
        if kind in walked_into:
            return False
        if i < len(statements) - 1 and (kind in kinds.ends or aborts and _span(statement)[0] in aborts):
            return False
    return True
