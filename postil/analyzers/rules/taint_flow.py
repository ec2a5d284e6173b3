"""The state of one taint rule along a function's paths: which names hold tainted data
before each point (branches joined, loops to a fixpoint, see taint_paths), how bindings,
containers and calls of helpers carry it, and what a helper does with data (:class:`TaintFlow`)."""

from __future__ import annotations

import bisect

from postil.analyzers.rules import taint_elements as elements
from postil.analyzers.rules.taint_caller_names import caller_name
from postil.analyzers.rules.taint_callers import fed_parameters, parameter_position
from postil.analyzers.rules.taint_closures import captured_writes, filled_state
from postil.analyzers.rules.taint_dependencies import provided
from postil.analyzers.rules.taint_destructured import destructured_reads, outer_key, read_source
from postil.analyzers.rules.taint_fields import class_fields, only_fields
from postil.analyzers.rules.taint_guards import Guards
from postil.analyzers.rules.taint_held_objects import held_object
from postil.analyzers.rules.taint_instances import class_name
from postil.analyzers.rules.taint_lookups import store_read
from postil.analyzers.rules.taint_paths import span as _span
from postil.analyzers.rules.taint_facts import FileFacts
from postil.analyzers.rules.taint_one_path import bind, plain_binding, scope_states
from postil.analyzers.rules.taint_route_converters import routed
from postil.analyzers.rules.taint_source_spans import SourceSpans
from postil.analyzers.rules.taint_spec import TaintSpec, unless_program
from postil.analyzers.rules.taint_tuple_returns import bind_unpacked
from postil.analyzers.rules.taint_values import (
    Event,
    Origin,
    ParameterOrigin,
    Summary,
    is_parameter,
    last_name,
    node_key,
    node_origin,
)

_SPREADS = frozenset({"list_splat", "dictionary_splat", "spread_element"})  # `*xs`, `**m`, `...xs`: how many is not known


class TaintFlow:
    """One taint rule's flow through one parsed file."""

    def __init__(self, spec: TaintSpec, facts: FileFacts) -> None:
        self.spec = spec
        self.facts = facts
        self.g = facts.g
        self.sources: list[tuple[int, int, Origin]] = []
        self._source_spans = SourceSpans()  # (the sources inside an expression: see _taint_of)
        self.sanitized: list[tuple[int, int]] = []
        self.keys: list[tuple[int, int]] = []  # subscripts' keys (see FileFacts.keys)
        self._parameter_functions: list[set | None] | None = None
        self._summaries: dict[str, Summary | None] = {}
        self._events: dict[tuple, list[Event]] = {}
        self._states: dict[tuple, tuple[int | None, list[tuple[int, dict[str, Origin]]]]] = {}  # (horizon, states)
        self.horizons: dict[tuple, int] = {}  # see taint_horizon
        self._guards = Guards(spec, facts)
        self.unfollowed: set[tuple] = set()  # scopes with a path not followed (a loop that did not settle, see taint_closures)
        self._checked: dict[tuple, dict[str, Origin]] = {}  # see _checked_sources
        self._fields: dict[str, object] = {}  # class name -> its attributes (see taint_fields)
        self.capturing: set[tuple] = set()  # functions whose closures' writes are being read (see taint_closures)
        self._reads: dict = {}  # see taint_destructured.read_source

    def _takes_source_parameters(self) -> bool:
        """Whether a parameter source of the rule applies to some function of the file (see FileFacts.exists)."""
        return any(c is None or self.facts.exists(c) for c in self.facts.prefilter.function_configs(self.spec))

    def _source_functions(self) -> list[set | None]:
        """Per parameter source, the keys of the functions it applies to (None: all), asked only of
        functions with parameters (the search of a route's decorator was ~15% of a handler's check)."""
        if self._parameter_functions is None:
            self._parameter_functions = [None if c is None else {node_key(f) for f in self.facts.find(c)}
                                         for c in self.facts.prefilter.function_configs(self.spec)]
        return self._parameter_functions

    def _initial_state(self, scope, as_helper: bool, only: int | None = None) -> dict[str, Origin]:
        """The tainted names where ``scope`` begins: the enclosing scope's, its source
        parameters (``as_helper``: every parameter, marked by position; ``only``: that one)."""
        if scope is None:
            return {}
        # closures see their enclosing function's names, functions the module's
        state = dict(self._state_at(self.facts.scope_of(scope), _span(scope)[0]))
        state.update(self._checked_sources(scope))  # tainted until a guard clears them
        state.update(captured_writes(self, scope, state))  # what sibling closures write (`body += chunk`)
        state.update(filled_state(self, scope, state))  # what a middleware put in res.locals
        key = node_key(scope)
        parameters = self.facts.parameters(scope)
        source_params = [p for p, functions in zip(self.spec.parameters, self._source_functions(), strict=True)
                         if functions is None or key in functions] if parameters else []
        promised = self._promised(scope, state) if parameters else None
        fed = self._fed_parameters(scope) if parameters and not as_helper else {}
        for position, (param, names) in enumerate(parameters):
            for name_node in names:
                name = name_node.text()
                state.pop(name, None)
                if as_helper and only in (None, position):
                    state[name] = ParameterOrigin(-1, -1, -1, name, index=position, alone=only is not None)
                if position == 0 and promised is not None:
                    state[name] = promised
                if position in fed:
                    state[name] = node_origin(name_node, f"{self.spec.label} that {fed[position]} passes", fed=True)
                given = provided(self, param)  # (a FastAPI dependency's result: no query parameter)
                if given:
                    state[name] = given
                part = outer_key(name_node, param) if source_params else name
                for p in source_params if given is None else ():
                    if p.takes(part) and (p.rule is None or self.facts.matches(param, p.rule)) \
                            and not self._converted(scope, p.unless, name):
                        state[name] = node_origin(name_node, p.label)
                        break
        return state

    def _fed_parameters(self, scope) -> dict[int, str]:
        """Position -> the name of the project's file that calls the function or method ``scope`` with request data for that
        parameter (see taint_callers); a method also by its own name, if no function has it (`svc.read(x)`, `svc` a `new Svc()`)."""
        fed = fed_parameters(self.facts, self.spec)
        if not fed:
            return {}
        owner, name = class_name(scope), self.facts.helper_names().get(node_key(scope))
        own = owner is None or node_key(self.facts.helpers().get(name, scope)) == node_key(scope)
        callees = {f"{owner}.{name}" if owner else name, name if own else None}
        if owner is None and node_key(self.facts.helpers().get("default", self.facts.root)) == node_key(scope):
            callees.add("default")  # (what a default import or a `require` of the module calls)
        # (a function also known by another object's name: a Mongoose model's static, see taint_model_statics)
        callees |= {alias for alias, other in self.facts.helpers().items() if owner is None and "." in alias
                    and node_key(other) == node_key(scope)} if any("." in callee for callee, _ in fed) else set()
        parameters = self.facts.parameters(scope)  # (a Python method's `self` is no argument of its calls)
        method = int(bool(parameters and parameters[0][1] and parameters[0][1][0].text() in self.g.receivers))
        return {at: caller_name(caller, self.facts.link.workspace.root) for (callee, key), caller in fed.items()
                if callee in callees and (at := parameter_position(parameters, key, method)) is not None}

    def _promised(self, scope, state: dict[str, Origin]) -> Origin | None:
        """The origin of the value a promise resolves to, where ``scope`` is the callback its
        `.then` is given first (`Promise.resolve(req.query.sort).then((sort) => ...)`): what
        `await` of the promise would give; or of an array's elements, for `forEach`, `map` and
        the like (see Grammar.callbacks; ``state``: the names where the callback is made)."""
        arguments = scope.parent()
        call = arguments.parent() if arguments is not None and arguments.kind() == "arguments" else None
        callee = call.field("function") if call is not None and call.kind() == self.g.call else None
        if callee is None or callee.kind() not in self.g.members or not self.g.callbacks.search(callee.text()) \
                or _span(next(iter(arguments.named_children()), arguments)) != _span(scope):
            return None
        origin = self._taint_of(callee.child(0), state)
        return origin if origin is not None and not is_parameter(origin) else None

    def _converted(self, scope, unless: str | None, name: str) -> bool:
        """Whether the function's text (with its decorators) says the parameter ``name`` is converted before
        the call (`@app.route("/u/<int:uid>")`), or a route table near its module does (see taint_route_converters)."""
        outer = scope.parent()
        text = (outer if outer is not None and outer.kind().startswith("decorated") else scope).text()
        return unless is not None and unless_program(unless, name).found(text) or routed(self.facts, scope, name)

    def _state_at(self, scope, offset: int, as_helper: bool = False, only: int | None = None) -> dict[str, Origin]:
        """Tainted names of ``scope`` just before ``offset`` on the paths that reach it (the states
        along every path computed once per scope, see taint_paths; ``only``: see _initial_state)."""
        key = (node_key(scope) if scope is not None else ("module",), as_helper)
        key = key if only is None else (*key, only)
        known = self._states.get(key)
        if known is None or known[0] is not None and offset > known[0]:  # (walked up to a horizon before it)
            horizon = self.horizons.get(key)
            horizon = horizon if horizon is not None and offset <= horizon else None
            self._settle_enclosing(scope)
            cleared: dict[int, dict[str, Origin]] = {}  # id(clear event) -> what it took away
            events, otherwise = [], {}
            for event in self._scope_events(scope):
                if event.branch is None:
                    events.append(event)
                else:
                    otherwise.setdefault(event.branch, []).append(event)
            states, followed = scope_states(self, scope, events, otherwise, cleared, horizon,
                                            self._initial_state(scope, as_helper, only))
            states.sort(key=lambda s: s[0])
            if not followed:
                self.unfollowed.add(key[0])
            self._states[key] = known = (horizon, states)
        states = known[1]
        return states[bisect.bisect_right(states, offset, key=lambda s: s[0]) - 1][1]

    def _settle_enclosing(self, scope) -> None:
        """The states of the functions around ``scope`` not computed yet, outermost first: each begins
        with its enclosing one's (see _initial_state), so a closure thousands deep recurses no deeper."""
        chain, outer = [], self.facts.scope_of(scope) if scope is not None else None
        while outer is not None and (node_key(outer), False) not in self._states:
            chain.append(outer)
            outer = self.facts.scope_of(outer)
        for enclosing in reversed(chain):
            self._state_at(enclosing, _span(enclosing)[0])

    def _step(self, event: Event, state: dict[str, Origin], cleared: dict[int, dict[str, Origin]]) -> None:
        """One event on one path: a guard's clear, the end of its region (the names it cleared get
        their taint back, but for those bound anew inside it), a name's plain binding (taint_one_path.bind)
        or another binding or mutating call."""
        if event.ends is not None:
            for name, origin in cleared.pop(id(event.ends), {}).items():
                state.setdefault(name, origin)
        elif event.clears:
            cleared[id(event)] = self._clear(event, state)
        elif (binding := plain_binding(self.facts, event)) is not None:
            bind(self, event, *binding, state, cleared)
        else:
            self._apply(event, state)
            if cleared and event.value is not None:  # `if (tool === 'pdf') { tool = 'pdf'; }`: not given back
                for taken in cleared.values():
                    taken.pop(event.target.text(), None)

    def _scope_events(self, scope) -> list[Event]:
        """The file's events in ``scope`` plus those of this rule's propagators and guards."""
        if not self.spec.propagators and not self.spec.guards:
            return self.facts.events(scope)
        key = node_key(scope) if scope is not None else ("module",)
        if key not in self._events:
            events = list(self.facts.events(scope))
            for matcher in self.spec.propagators:
                for match in self.facts.find(matcher.config):
                    source, target = match.get_match(matcher.source), match.get_match(matcher.target)
                    if source is not None and target is not None and self.facts.in_scope(match, scope):
                        events.append(Event(_span(match)[1], target, None, True, source))
            events += self._guards.events(scope, events)
            events.sort(key=lambda e: e.position)
            self._events[key] = events
        return self._events[key]

    # -- transfer
    @staticmethod
    def _clear(event: Event, state: dict[str, Origin]) -> dict[str, Origin]:
        """Apply a guard's clear: its names, and the names a cleared one was computed from
        that carry the same data, or all of them where a conversion cleaned it (`addr =
        ip_address(gethostbyname(host))`; `if addr.is_private: raise` checks the host); returns
        what it took away."""
        cleared = set(event.clears)
        for name, sources in event.derived:  # in order: a name, then what it came from
            origin = state.get(name)
            if name in cleared:
                cleared.update(s for s in sources if origin is None or state.get(s) == origin)
        cleared.update(part for name in list(cleared) for part in elements.parts(state, name))
        return elements.take(state, cleared)

    def _apply(self, event: Event, state: dict[str, Origin]) -> None:
        """A binding or mutating call on one path: its target takes its value's taint."""
        if event.value is None:
            if event.method and (self._mutate_elements(event, state) or event.method not in self.g.mutators):
                return
            origin = self._taint_of(event.origin_of, state)
            if origin is not None:
                self._bind(event.target, origin, state, weak=True)
            return
        target, value = event.target, event.value
        if event.augmented and target.kind() in self.g.names:
            elements.collapse(state, target.text())  # `xs += [...]`: its length is not known any more
        elif target.kind() in self.g.names and (
                value.kind() in self.g.tables | self.g.lists | {self.g.call} and self._build_elements(target.text(), value, state)
                or value.kind() == self.g.call and self._build_fields(target, value, state)):
            return
        if bind_unpacked(self, target, value, state):  # (item by item: a literal sequence, a helper's tuple)
            return
        origin = self._taint_of(value, state)
        self._bind(target, origin, state, weak=event.augmented)
        if origin is None and target.kind() == "object_pattern":  # `const { body, user } = req`: `req.body` is a source
            for name, read in destructured_reads(target, value):
                source = read_source(read, self.facts.search.language, self.spec, self._reads)
                if source is not None or state.get(read) is not None:  # (or state a middleware filled: `{ tenant } = req`)
                    state[name.text()] = node_origin(name, source[1]) if source is not None else state[read]
        elif origin is not None and target.kind() == "object_pattern":  # a part a sanitizer names is clean
            for name, start, end in self.facts.reads(target)[0]:  # (`const { sort } = req.query` its schema types)
                if self._is_cut(start, end):
                    state.pop(name, None)

    def _mutate_elements(self, event: Event, state: dict[str, Origin]) -> bool:
        """A method call on a container named by a plain name, element by element:
        `xs.append(v)` on a list of known length (not in a loop), `xs.pop(0)`, `m.pop("k")`,
        `m.set("k", v)`/`conf.set("s", "k", v)` of literal keys; a call that moves elements
        (`insert`, `sort`) makes the container one value. False: bind as a whole."""
        if event.target.kind() not in self.g.names or event.target.text() in self.g.receivers:
            return False
        base, method = event.target.text(), event.method
        if method == "del":  # `del m["k"]` takes one element out; `del xs[0]` moves the others
            index = event.origin_of.field(self.g.indexes[1]) if self.g.indexes is not None else None
            key = elements.literal_key(index.text()) if index is not None else None
            if isinstance(key, str):
                state.pop(elements.element(base, key), None)
            else:
                elements.collapse(state, base)
            return True
        arguments = [a for a in event.origin_of.named_children() if a.kind() != "comment"]
        removes = dict(self.g.removes)
        if method in removes:
            key = elements.literal_key(arguments[0].text()) if arguments else removes[method]
            if isinstance(key, str):
                state.pop(elements.element(base, key), None)
            elif key is None and arguments:
                elements.collapse(state, base)
            else:
                elements.remove(state, base, key)
            return True
        if method == self.g.appends and len(arguments) == 1 and arguments[0].kind() not in _SPREADS and not event.looped \
                and elements.append(state, base, self._taint_of(arguments[0], state)):
            return True
        if method == "set" and len(arguments) >= 2:
            keys = [elements.literal_key(a.text()) for a in arguments[:-1]]
            if None not in keys:
                elements.write(state, base, keys[0] if len(keys) == 1 else tuple(keys),
                               self._taint_of(arguments[-1], state), strong=True)
                return True
        elements.collapse(state, base)
        return False

    def _build_elements(self, base: str, value, state: dict[str, Origin]) -> bool:
        """`m = {"k": v}` or `xs = [a, b]` of literal keys: each element's taint apart, an
        object's spreads as keys not known (see elements.rest), and the same for a new object
        `Object.assign({}, req.query, { dir: '/srv' })` makes (False: a list's spread or a
        computed key, the container is one value)."""
        items = []
        children = self._assigned(value) if value.kind() == self.g.call else \
            [c for c in value.named_children() if c.kind() != "comment"]
        if children is None or len(children) > elements.LARGEST \
                or value.kind() in self.g.lists and any(c.kind() in _SPREADS for c in children):
            return False
        for position, child in enumerate(children):
            if value.kind() in self.g.lists:
                key, item = position, child
            elif child.kind() == self.g.pair and child.field("key") is not None:
                name = child.field("key")
                key = name.text() if name.kind() == "property_identifier" else elements.literal_key(name.text())
                item = child.field("value")
                if key is None:
                    return False
            elif child.kind() == "shorthand_property_identifier":
                key, item = child.text(), child
            elif child.kind() in _SPREADS or value.kind() == self.g.call:
                key, item = None, child  # `{ ...req.body, role: 'member' }`: keys not known (see elements.rest)
            else:
                return False
            items.append((key, self._taint_of(item, state)))
        return elements.built(state, base, items, len(children) if value.kind() in self.g.lists else None)

    def _assigned(self, call) -> list | None:
        """The items of the object `Object.assign({...}, a, {...})` returns: the pairs of its
        object literals, its other arguments as spreads (None: another call, or one that
        writes into an object it did not make)."""
        arguments = call.field("arguments")
        if call.field("function").text() != "Object.assign" or arguments is None:
            return None
        passed = [a for a in arguments.named_children() if a.kind() != "comment"]
        if not passed or passed[0].kind() not in self.g.tables:
            return None
        return [c for a in passed for c in (a.named_children() if a.kind() in self.g.tables else [a])
                if c.kind() != "comment"]

    def _build_fields(self, target, call, state: dict[str, Origin]) -> bool:
        """`h = Holder(a, b)` of a plain class of this file, `h` used only through its
        attributes: each attribute's taint apart (see taint_fields); False: one value."""
        callee, arguments = call.field("function"), call.field("arguments")
        init = self.facts.helpers().get(f"{callee.text()}.__init__") if callee.kind() in self.g.names else None
        fields = self._fields.get(callee.text(), ...) if init is not None else None
        if fields is ...:
            fields = self._fields[callee.text()] = class_fields(init)
        plain = fields and arguments is not None and arguments.kind() == "argument_list"
        passed = [a for a in arguments.named_children() if a.kind() != "comment"] if plain else []
        if not plain or any(a.kind() in ("keyword_argument", *_SPREADS) for a in passed) \
                or len(passed) != len(self.facts.parameters(init)) - 1:
            return False
        scope = self.facts.scope_of(target)
        if not only_fields((self.facts.root if scope is None else scope).text(), target.text(), callee.text(), fields):
            return False
        whole = self._taint_of(call, state)
        items = [(elements.attribute_key(name), whole if held is None else None if held < 0 else self._taint_of(passed[held], state))
                 for name, held in fields.items()]
        return elements.built(state, target.text(), items, None)

    def _element_target(self, target) -> tuple[str, object] | None:
        """(container name, key) of an assignment's target that is one element of a
        container named by a plain name: `m["k"]`, `xs[0]`, JavaScript's `m.k`."""
        base = target.child(0)
        if base is None or base.kind() not in self.g.names or base.text() in self.g.receivers:
            return None
        if self.g.indexes is not None and target.kind() == self.g.indexes[0]:
            index = target.field(self.g.indexes[1])
            key = elements.literal_key(index.text()) if index is not None else None
        else:
            field = target.field("property")
            key = field.text() if self.g.fields_are_keys and field is not None \
                and field.kind() == "property_identifier" else None
        return None if key is None else (base.text(), key)

    def _field_target(self, target, state: dict[str, Origin]) -> tuple[str, str] | None:
        """(name, key) of `h.value` where ``state`` follows `h`'s attributes apart (see _build_fields)."""
        base, field = target.child(0), target.field("attribute")
        if base is None or field is None or base.kind() not in self.g.names or base.text() in self.g.receivers:
            return None
        return (base.text(), elements.attribute_key(field.text())) if elements.has_attributes(state, base.text()) else None

    def _bind(self, target, origin: Origin | None, state: dict[str, Origin], weak: bool) -> None:
        """``target`` (a name, member, element or pattern) takes ``origin`` (``weak``: keeps
        what it held too)."""
        kind = target.kind()
        if kind in self.g.names:
            name = target.text()
            if not weak:
                elements.forget(state, name)
            if origin is not None:
                state[name] = origin
            elif not weak:
                state.pop(name, None)
            return
        if kind in self.g.members:
            element = self._element_target(target) or self._field_target(target, state)
            if element is not None:
                elements.write(state, *element, origin, strong=not weak)
                return
            if target.child(0) is not None and target.child(0).kind() in self.g.names:
                elements.collapse(state, target.child(0).text())  # `xs[i:j] = ...`, `m[key] = ...`
            if origin is None:
                return
            chain = [target]
            while chain[-1].kind() in self.g.members and chain[-1].child(0) is not None:
                chain.append(chain[-1].child(0))
            base = chain[-1]
            if base.text() in self.g.receivers and len(chain) >= 2:
                state[chain[-2].text()] = origin  # `self.q = ...` taints `self.q`, not `self`
            elif base.kind() in self.g.names:
                state[base.text()] = origin
            return
        names, _, _ = self.facts.reads(target)
        for name, _, _ in names:
            if origin is not None:
                state[name] = origin
            elif not weak:
                state.pop(name, None)

    def _is_cut(self, start: int, end: int, cuts: list[tuple[int, int]] = (),
                judged: tuple[int, int] | None = None) -> bool:
        """Whether a read at ``start``-``end`` is cleaned: inside a sanitizer, a condition, a
        helper's cut or a subscript's key (not the key a sink ``judged`` itself)."""
        return any(s <= start and end <= e for s, e in self.sanitized) \
            or any(s <= start and end <= e for s, e in cuts) \
            or any(s <= start and end <= e for s, e in self.keys if (s, e) != judged)

    def _checked_sources(self, scope) -> dict[str, Origin]:
        """The source expressions the guards of ``scope`` check whole (see Guards.checked_sources)."""
        key = node_key(scope) if scope is not None else ("module",)
        if key not in self._checked:
            self._checked[key] = self._guards.checked_sources(scope, self.sources)
        return self._checked[key]

    def _checked_clean(self, node, start: int, end: int, members: list, state: dict[str, Origin]) -> bool:
        """Whether the source read at ``start``-``end`` is part of an expression a guard of its
        function checked whole and cleared on this path (`if (!isValid(req.query.x)) return;`)."""
        checked = self._checked_sources(self.facts.scope_of(node)) if self.spec.guards else {}
        return any(text in checked and text not in state for text, s, e in members if s <= start and end <= e)

    def _taint_of(self, node, state: dict[str, Origin], judged: tuple[int, int] | None = None) -> Origin | None:
        """The origin of tainted data ``node`` evaluates from (None: clean); ``judged``: the
        span of a sink's focus (see _is_cut)."""
        if node is None:
            return None
        start, end = _span(node)
        names, members, calls = self.facts.reads(node)
        helpers = list(self._local_helpers(calls)) if calls else []  # (for the cuts and the taint both)
        cuts = self._helper_cuts(helpers)
        if calls and store_read(self, node, state, calls, helpers, judged):
            return None  # (what a lookup returns is the store's)
        for s, e, origin in self._source_spans.within(self.sources, start, end):
            if not self._is_cut(s, e, cuts, judged) \
                    and not self._checked_clean(node, s, e, members, state):
                return origin
        found = None
        if state:
            dotted = any("." in k for k in state)
            keyed = elements.has_elements(state)
            for text, s, e in names + (members if dotted else []):
                origin = state.get(text)
                if origin is None and keyed:
                    origin = elements.read(state, text, self.facts.element_keys(s))
                if origin is not None and not self._is_cut(s, e, cuts, judged):
                    if not is_parameter(origin):
                        return origin
                    found = found if held_object(self, node, (text, s, e), helpers, members) else origin
        return self._helper_taint(helpers, state, cuts) or found

    # -- local helpers
    def _local_helpers(self, calls: list):
        """(call span, arguments, summary) of the calls to functions of this file and of the
        workspace modules it imports."""
        helpers = self.facts.helpers() if calls else {}
        for callee, start, end, arguments in calls:
            name = last_name(callee)
            method = self.facts.method_of(callee) if "." in callee else None
            if method is not None:
                summary = self._summary(callee, method)
                if summary is not None:
                    yield start, end, arguments, summary
                continue
            if name not in helpers or ("." in callee and callee.split(".")[0] not in self.g.receivers):
                summary = self.facts.imported(callee, self.spec)
                if summary is not None:
                    yield start, end, arguments, summary
                continue
            summary = self._summary(name, helpers[name])
            if summary is not None:
                yield start, end, arguments, summary

    def parameter_marks_read(self, scope, offset: int, focus: list, only: int | None = None) -> dict[int, str]:
        """Position -> name of the parameter marks the ``focus`` nodes read, uncleaned (a subscript key that is the
        focus itself read as a direct flow reads it), in ``scope``'s helper state at ``offset`` (all, or ``only`` one)."""
        state = self._state_at(scope, offset, as_helper=True, only=only)
        keyed = elements.has_elements(state)  # (a parameter checked on one key: `if message.get("command") == "plot"`)
        wanted: dict[int, str] = {}
        for node in focus:
            names, members, calls = self.facts.reads(node)
            cuts = self._helper_cuts(list(self._local_helpers(calls)))
            for text, s, e in names + members:
                if (mark := state.get(text)) is None and keyed:
                    mark = elements.read(state, text, self.facts.element_keys(s))
                if is_parameter(mark) and not self._is_cut(s, e, cuts, judged=_span(node)):
                    wanted[mark.index] = mark.text
        return wanted

    @staticmethod
    def _argument(call, position: int, parameter: str):
        """A call's argument for the parameter at ``position`` called ``parameter`` (None: not passed), or the
        call's `**params` spread that may hold it (`handler(**params)`: whatever the mapping holds feeds every keyword)."""
        arguments = [a for a in call.field("arguments").named_children() if a.kind() != "comment"]
        positional = [a for a in arguments if a.kind() not in ("keyword_argument", "dictionary_splat")]
        keywords = {a.field("name").text(): a.field("value") for a in arguments if a.kind() == "keyword_argument" and a.field("name") is not None}
        return positional[position] if 0 <= position < len(positional) else keywords.get(parameter) or next(
            (a for a in arguments if a.kind() == "dictionary_splat"), None)

    def _helper_cuts(self, helpers: list) -> list[tuple[int, int]]:
        """Spans of the arguments helpers do not return (`def safe_next(u): ... return "/"`,
        `return int(u)`: the whole argument list; `toInt(value, fallback)` returning a number
        or its fallback: the value; `return open(path)`, one flow at the helper's sink: see
        Summary.returned) (``helpers``: see _local_helpers)."""
        cuts = []
        for _, _, arguments, summary in helpers:
            if arguments is None or summary.source is not None or not summary.returns or summary.passes is None:
                continue
            passes = summary.returned()
            if not passes:
                cuts.append(_span(arguments))
                continue
            call = arguments.parent()
            passed = {_span(a) for a in (self._argument(call, i, name) for i, name in passes) if a is not None}
            cuts += [_span(a) for a in arguments.named_children() if a.kind() != "comment" and _span(a) not in passed]
        return cuts

    def _helper_taint(self, helpers: list, state, cuts: list[tuple[int, int]] = ()) -> Origin | None:
        """The origin of the data the ``helpers`` called return (see _local_helpers): their own
        source, or the tainted arguments of one that passes its input through (none inside
        ``cuts``: `order_clause(q.text("order"))` where order_clause returns a table's value)."""
        found = None
        for start, end, arguments, summary in helpers:
            if self._is_cut(start, end, cuts):
                continue
            if summary.source is not None:
                return summary.source
            passes = summary.returned()
            if passes != () and arguments is not None:
                origin = self._taint_of(arguments, state) if passes is None else next(
                    (o for o in (self._taint_of(self._argument(arguments.parent(), i, name), state)
                                 for i, name in passes) if o is not None), None)
                if origin is not None and not is_parameter(origin):
                    return origin
                found = found or origin
        return found

    def _summary(self, name: str, scope) -> Summary | None:
        """What the helper ``name`` (``scope``: its node) returns: request data, its input, or neither."""
        if name in self._summaries:
            return self._summaries[name]
        self._summaries[name] = None  # recursion guard: a helper calling itself adds nothing
        summary = Summary()
        body = scope.field("body")
        returned = [r.child(1) for r in scope.find_all(kind=self.g.returns)
                    if r.child(1) is not None and self.facts.in_scope(r, scope)]
        if body is not None and body.kind() not in ("block", "statement_block"):
            returned.append(body)  # an arrow function's or lambda's expression body
        summary.returns = bool(returned)
        parameters = self.facts.parameters(scope)
        method = bool(parameters and parameters[0][1] and parameters[0][1][0].text() in self.g.receivers)
        passed: dict[int, str] = {}
        for value in returned:
            origin = self._taint_of(value, self._state_at(scope, _span(value)[0], as_helper=True))
            if is_parameter(origin):
                # (each parameter asked alone: a name keeps one mark where paths join, and what a
                # lookup keyed by one gives back is the store's: `return SIZES.get(size, default)`)
                for i in range(int(method), len(parameters)):
                    alone = self._taint_of(value, self._state_at(scope, _span(value)[0], True, only=i))
                    if is_parameter(alone):
                        passed[i] = alone.text
            elif origin is not None:
                summary.source = summary.source or origin
        if any(i >= len(parameters) or parameters[i][0].text().startswith(("*", "...")) for i in passed):
            summary.passes = None  # `*args`: which arguments it takes is the caller's count
        else:
            summary.passes = tuple((i - method, n) for i, n in sorted(passed.items()) if i >= method)
        self._summaries[name] = summary
        return summary
