"""Variables closures share, for the taint engine: a JavaScript function's variable that one of
its closures writes without declaring it (`req.on('data', (chunk) => { body += chunk })`) holds,
in the other closures that read it (`req.on('end', () => exec(JSON.parse(body).cmd))`), what
that write gave: the callbacks run later than the function's own code, in an order its text
does not show, so the write is taken to have happened (the may side). The same for the
per-request state a middleware fills (`res.locals.search = {term: req.query.q}`, then a handler's
`const { term } = res.locals.search`). And whether a function binds a name itself (binds), which
FileTaint asks of members too."""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from postil.analyzers.rules.taint_grammar import JAVASCRIPT
from postil.analyzers.rules.taint_held_fields import held_fields
from postil.analyzers.rules.taint_instances import class_name
from postil.analyzers.rules.taint_paths import span as _span
from postil.analyzers.rules.taint_values import Origin, is_parameter, node_key, stored_label


# Closures whose writers' states are computed at once, one inside the other (each such state
# asks for its own closures' writes): past it a closure's shared writes are not followed.
MOST_CAPTURING = 32
# a read of JavaScript's request state (`req.tenant`, `ctx.state.filters`, `res.locals.region`)
_STATE_READ = re.compile(rf"(?<![\w$.])({JAVASCRIPT.request_state.pattern})(?![\w$])")
# ... or taken apart from its object (`const { tenant, user: me } = req`, `const { filters } = ctx.state`)
_STATE_TAKEN = re.compile(r"\{([^{}]*)\}\s*=\s*(req|request|ctx\.state|(?:res|response|event)\.locals|locals|event\.context)\b(?![\w$.])")
# ... or read through the object a class-based controller holds its request in (Egg's, Midway's and ThinkJS's
# `this.ctx.state.operator`, Sails' `this.req.currentUser`): the field's name without the `this.`
_THIS_STATE_READ = re.compile(rf"t(?<![\w$.]t)his\.((?=ctx\.|req\.)(?:{JAVASCRIPT.request_state.pattern}))(?![\w$])")
# a file's facts -> id(spec) -> what files near it store (see stored_elsewhere), and "read" -> the state it reads
_STORED: WeakKeyDictionary = WeakKeyDictionary()


def captured_writes(flow, scope, state: dict[str, Origin]) -> dict[str, Origin]:
    """The variables of the functions around the closure ``scope`` that another function writes
    without declaring them (see FileFacts.shared_writes), tainted, that ``state`` (where
    ``scope`` begins) holds clean. ``flow``: the
    rule's TaintFlow; the functions whose states are being computed are not asked (two
    closures writing what the other reads), and a chain of more than :data:`MOST_CAPTURING`
    such closures is not followed past it (the closure is marked unfollowed: never judged clean)."""
    g, facts = flow.g, flow.facts
    outer = facts.scope_of(scope) if g.rebinds and scope is not None else None
    shared = facts.shared_writes() if outer is not None else None
    if not shared:
        return {}  # (a function of the module: what its closures write is no variable around it)
    enclosing = []
    while outer is not None:
        enclosing.append(outer)
        outer = facts.scope_of(outer)
    return _tainted_writes(flow, scope, {text: [(writer, event) for writer, event in writes
                                                 if event.target.parent().kind() in g.rebinds
                                                 and not binds(facts, writer, text, declaring=True)]
                                          for text, writes in shared.items()
                                          if text not in state and text.isidentifier()
                                          and any(binds(facts, f, text, declaring=True) for f in enclosing)})


def filled_state(flow, scope, state: dict[str, Origin]) -> dict[str, Origin]:
    """The per-request state (`res.locals.search`, `req.returnTo`, `ctx.state.lang`: see
    Grammar.request_state) that another function of the file writes tainted and ``state`` (where
    the function ``scope`` begins) holds clean: a handler after that middleware reads what it wrote
    (as FileTaint._shared_origin takes it at a sink; guarded as captured_writes is)."""
    g, facts = flow.g, flow.facts
    shared = facts.shared_writes() if g.request_state is not None and scope is not None else None
    filled = {text: writes for text, writes in (shared or {}).items() if text not in state and g.request_state.fullmatch(text)}
    found = _tainted_writes(flow, scope, filled) if filled else {}
    return {**stored_elsewhere(flow, scope, state), **found, **held_fields(flow, scope, state, _tainted_writes)} \
        if scope is not None else found


def stored_state(facts, spec) -> dict:
    """The JavaScript request state a parsed file reads (not writing it itself) that a file near it
    writes with data of the rule ``spec`` (see taint_state_writers) -> that file; asked once a rule."""
    link = facts.link
    if link is None or link.path is None or link.language not in ("javascript", "typescript", "tsx"):
        return {}
    known = _STORED.setdefault(facts, {})
    if id(spec) not in known:
        if "read" not in known:  # (the fields the text reads: once a file, whatever the rule)
            known["read"] = frozenset(m.group(1) for m in _STATE_READ.finditer(link.text)).union(
                f"{m.group(2)}.{part}" for m in _STATE_TAKEN.finditer(link.text) for part in re.findall(r"(?:^|,)\s*([\w$]+)", m.group(1))
            ).union(m.group(1) for m in _THIS_STATE_READ.finditer(link.text)) - facts.shared_writes().keys()
        fields = known["read"]
        known[id(spec)] = link.workspace.state_written(link.path, fields, spec, facts.specs) if fields else {}
    return known[id(spec)]


def stored_elsewhere(flow, scope, state: dict[str, Origin]) -> dict[str, Origin]:
    """The JavaScript request state (see filled_state) a file near this one writes with request data
    (a middleware of `middleware/`, a Fastify hook of `plugins/`: see taint_state_writers) that the
    function ``scope`` reads and ``state`` holds clean: tainted from its first read there."""
    facts = flow.facts
    written = stored_state(facts, flow.spec)
    found: dict[str, Origin] = {}
    names, members, _ = facts.reads(scope) if written else ((), (), ())
    own = {n.text() for _, nodes in facts.parameters(scope) for n in nodes} if written else set()
    held = _held_request(scope) if written and class_name(scope) is not None else frozenset()
    for field, writer in written.items():
        root = re.match(r"[\w$]+", field).group()
        if root not in own and root not in held:
            # (the handler or middleware that takes the request, not a function around it; or a
            # controller's method reading the request its object holds: `this.ctx.state.operator`)
            field = f"this.{field}" if class_name(scope) is not None else None
            at = next((r for r in members if r[0] == field), None) if field is not None else None
        else:  # its first read in the function, else its object's (`const { tenant } = req`)
            at = next((r for r in members if r[0] == field), None) or next(
                (r for r in (*names, *members) if r[0] == field.rpartition(".")[0]), None)
        if at is not None and field not in state:
            text, start, end = at
            line = facts.root.text().count("\n", 0, start)  # (offsets are the text's: one file's source)
            found[field] = Origin(start, end, line, text, stored_label(flow.spec.label, writer))
    return found


def _held_request(scope) -> frozenset[str]:
    """The names a controller's method takes apart from its object (Egg's and Midway's `const { ctx } =
    this`): the request the object holds, read by that name."""
    taken = set()
    for declarator in scope.find_all(kind="variable_declarator"):
        value, name = declarator.field("value"), declarator.field("name")
        if value is not None and name is not None and value.text() == "this" and name.kind() == "object_pattern":
            taken.update(re.findall(r"[\w$]+", name.text()))
    return frozenset(taken)


def _tainted_writes(flow, scope, writes: dict[str, list]) -> dict[str, Origin]:
    """What the first tainted write of each name of ``writes`` ((writer, event) of each) gives,
    for the function ``scope``: the writers whose states are being computed are not asked (each
    state asks for such writes), and a chain of more than :data:`MOST_CAPTURING` is not followed
    past it (``scope`` is marked unfollowed: never judged clean)."""
    busy, own = flow.capturing, node_key(scope)
    if own in busy:
        return {}  # asked again while its writers' states are computed: they do not see its own
    if len(busy) >= MOST_CAPTURING:  # a chain of closures each reading what the next writes
        flow.unfollowed.add(own)
        return {}
    busy.add(own)
    found: dict[str, Origin] = {}
    try:
        for text, candidates in writes.items():
            for writer, event in candidates:
                if writer is None or node_key(writer) in busy:
                    continue
                origin = flow._taint_of(event.value, flow._state_at(writer, _span(event.value)[0]))
                if origin is not None and not is_parameter(origin):
                    found[text] = origin
                    break
    finally:
        busy.discard(own)
    return found


def binds(facts, scope, name: str, declaring: bool = False) -> bool:
    """Whether the function ``scope`` has ``name`` as a parameter or assigns it (``declaring``:
    by an assignment that declares it, `let name`, not a closure's `name += chunk`): its writes
    are its own variable's, its members its own object's."""
    if scope is None:
        return False
    return any(n.text() == name for _, names in facts.parameters(scope) for n in names) or any(
        event.target.text() == name and not (declaring and event.target.parent().kind() in facts.g.rebinds)
        for event in facts.events(scope))
