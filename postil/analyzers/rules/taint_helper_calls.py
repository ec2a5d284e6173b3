"""The calls of a file's own helper whose sink a taint rule follows data to, each with its verdict.

`def run_query(sql): con.execute(sql)` called as `run_query("SELECT ... " + term)`: the flow is reported
once, at the helper's sink (taint.FileTaint.hits, as Semgrep and CodeQL report it); the call is that
flow too. A call handing the helper clean data (a constant, a field cast to int where it was stored) is
clean as a sink is: where the caller's data is its own and every path to the call was followed. Both
are judged at the call (``FileTaint.calls``), so a pattern rule the taint rule supersedes that reports
text where it is built (python/security/sql-injection's text built for any call) keeps quiet there."""

from __future__ import annotations

from postil.analyzers.rules.taint_instances import same_instance
from postil.analyzers.rules.taint_paths import span
from postil.analyzers.rules.taint_stored_reads import reads_stored
from postil.analyzers.rules.taint_values import Origin, is_parameter, node_key


def helper_arguments(flow, scope, offset: int, focus: list) -> list[tuple[object, str, Origin | None, list]]:
    """(call, helper name, origin, arguments) of each call in the file of the helper ``scope`` (a named
    function; ``flow``: the rule's taint.FileTaint) whose sink at ``offset`` reads ``focus``: the
    arguments it passes for the parameters the sink reads, and the origin of the request data in the
    first that carries some (else of a caller's parameter that one carries, else None). One level, as
    for return values."""
    name = flow.facts.helper_names().get(node_key(scope)) if scope is not None else None
    calls = flow._helper_calls(name, scope) if name is not None else []
    parameters = flow.facts.parameters(scope) if calls else []
    wanted = flow._parameter_reads(scope, offset, focus) if parameters else {}
    if not wanted:
        return []
    first = parameters[0][1]
    method = int(bool(first) and first[0].text() in flow.g.receivers)  # `self` is not passed
    found = []
    for call in calls:
        caller = flow.facts.scope_of(call)
        caller_state = flow._state_at(caller, span(call)[0])
        arguments, taint = [], None
        for index, parameter in wanted.items():
            argument = flow._argument(call, index - method, parameter)
            arguments.append(argument)
            origin = flow._taint_of(argument, caller_state)
            if origin is None and argument is not None and node_key(scope) not in flow._sharing:
                # state another method filled (`self.year` set from the request in `get`)
                flow._sharing.add(node_key(scope))
                origin = flow._shared_origin(caller, [argument])
                flow._sharing.discard(node_key(scope))
            if origin is not None and not is_parameter(origin):
                taint = origin
                break
            taint = taint or origin
        found.append((call, name, taint, arguments))
    return found


def followed_calls(flow, passed: list[tuple[object, str, Origin | None, list]]) -> list[tuple[int, int]]:
    """Spans of the calls in ``passed`` (see helper_arguments) that the rule's ``flow`` judged: those whose
    request data it reports at the helper's sink, and those handing the helper data proven clean (none
    from the caller's callers, every path through the caller followed, nothing the store gave back)."""
    judged = []
    for call, _, origin, arguments in passed:
        start = span(call)[0]
        if origin is not None:
            if not is_parameter(origin):
                judged.append(span(call))
            continue
        caller, focus = flow.facts.scope_of(call), [a for a in arguments if a is not None]
        if focus and flow._followed(caller) and not reads_stored(flow, caller, focus) \
                and (not flow._from_outside(caller, start, focus) or _own_fields_only(flow, caller, start, focus)):
            judged.append(span(call))
    return judged


def _own_fields_only(flow, caller, start: int, focus: list) -> bool:
    """Whether all ``focus`` reads of what the method ``caller``'s callers gave are its instance's fields
    (`self.year`) that methods of its class in this file write, each from data of the writer's own (a
    value cast from the request in `get`, not a constructor's parameter): the helper_arguments origin of
    a call found those writes clean."""
    state, writes = flow._state_at(caller, start, as_helper=True), flow.facts.shared_writes()
    for node in focus:
        for text in flow._reads_from_callers(node):
            base = text.split(".")[0].split("[")[0]
            if text == base:  # (the instance itself is the base of its fields, asked below)
                if base not in flow.g.receivers and is_parameter(state.get(text)):
                    return False
                continue
            if base not in flow.g.receivers:
                continue
            own = [(other, event) for other, event in writes.get(text, ()) if same_instance(caller, other)]
            if not own or any(flow._from_outside(other, span(event.value)[0], [event.value]) for other, event in own):
                return False
    return True
