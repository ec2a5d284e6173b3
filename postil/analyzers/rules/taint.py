"""Taint rules: untrusted input that reaches a sink within one function.

postil's extension of ast-grep rules: a rule with a ``taint:`` key names ``sources``, ``sinks``, ``sanitizers``
and optional ``propagators``, each a list of ast-grep rules (see taint_spec). Flow is followed inside one
function (and the module top level), along each of its paths (branches joined, loops to a fixpoint, literal
conditions folded: see taint_paths, taint_flow): assignments (plain, augmented, unpacking, destructuring,
``for`` targets), reads of tainted names anywhere inside an expression (so attribute and subscript reads,
string building, containers and calls all carry taint), mutating calls such as ``append`` or ``push``,
closures reading their enclosing function's names, and the return value of a helper defined in the same file
(one level) or in a workspace module it imports (see taint_modules). A node inside a sanitizer match (or its
focus) is clean. What a file's rules share is found once (taint_facts); language specifics live in
taint_grammar. This module decides a rule's verdicts.
"""

from __future__ import annotations

from dataclasses import replace

from postil.analyzers.rules.built_text import python_text_built
from postil.analyzers.rules.scanned import config_key
from postil.analyzers.rules.search import SharedSearch
from postil.analyzers.rules.taint_builder_fields import builder_stored, own_fields_only
from postil.analyzers.rules.taint_callers import fed_parameters, named_argument
from postil.analyzers.rules.taint_checked_reads import checked_reads
from postil.analyzers.rules.taint_closures import binds, stored_state
from postil.analyzers.rules.taint_constructors import constructions, field_sinks
from postil.analyzers.rules.taint_dispatch_tables import table_calls
from postil.analyzers.rules.taint_enclosing_writes import seen_at_creation
from postil.analyzers.rules.taint_facts import FileFacts
from postil.analyzers.rules.taint_flow import TaintFlow
from postil.analyzers.rules.taint_filters import filter_clauses
from postil.analyzers.rules.taint_fold import fold_condition
from postil.analyzers.rules.taint_grammar import GRAMMARS, PYTHON
from postil.analyzers.rules.taint_guards import cleared_over
from postil.analyzers.rules.taint_helper_calls import followed_calls, helper_arguments, named_helper, unproven_calls
from postil.analyzers.rules.taint_horizon import horizons
from postil.analyzers.rules.taint_instances import class_name, same_instance
from postil.analyzers.rules.taint_own_calls import own_method_call
from postil.analyzers.rules.taint_parameter_reads import parameter_reads
from postil.analyzers.rules.taint_paths import span as _span, verdict_span
from postil.analyzers.rules.taint_prepared import prepared
from postil.analyzers.rules.span_nesting import holding_another
from postil.analyzers.rules.taint_sanitized import around_sinks, beside_functions
from postil.analyzers.rules.taint_spec import Matcher, TaintSpec
from postil.analyzers.rules.taint_stored_reads import reads_stored
from postil.analyzers.rules.taint_values import Origin, Summary, TaintHit, is_fed, is_parameter, last_name, node_key, node_origin


class FileTaint(TaintFlow):
    """One taint rule's verdicts in one parsed file: the sinks its data reaches, and those it followed data to."""

    stored = True  # whether its sources include the request state files near it fill (see taint_whole)

    def __init__(self, spec: TaintSpec, facts: FileFacts) -> None:
        super().__init__(spec, facts)
        self.judged: list[tuple[int, int]] = []  # spans of the sinks followed (see taint_verdicts)
        self.calls: list[tuple[int, int]] = []  # and of the helpers' calls followed (see taint_helper_calls)
        self._sharing: set[tuple] = set()  # helpers whose callers' shared state is being asked (see _through_parameters)

    def _find(self, matchers, labeled=()) -> list[tuple[object, str | None]]:
        """(node, label) of nodes matching any of several matchers, in one traversal
        shared with the file's other taint rules (their sources are alike): those of
        matchers with constraints first, then the others, then those of each ``labeled``
        matcher (with its label) that no earlier one matched."""
        constrained = [m.config for m in matchers if "constraints" in m.config]
        configs = constrained + [m.config for m in matchers if "constraints" not in m.config]
        found = self.facts.find_first(configs + [m.config for m in labeled])
        group = [min(i, len(constrained)) if i < len(configs) else i for _, i in found]
        return [(node, labeled[i - len(configs)].label if i >= len(configs) else None)
                for (node, i), _ in sorted(zip(found, group, strict=True), key=lambda f: f[1])]

    def _with_aliases(self, matchers: tuple[Matcher, ...]) -> list[Matcher]:
        return self.facts.prefilter.possible_matchers(matchers)

    # -- entry point
    def hits(self) -> list[TaintHit]:
        if not self._enter():
            return []  # nothing enters this file
        fed_parameters(self.facts, self.spec)  # (its callers' flows followed here, not deep inside a state's)
        sinks = self._sink_matches()
        imported = [(call, summary) for call, summary in self.facts.imported_calls(self.spec) if summary.sinks] \
            if self.facts.sinks_imported(self.spec) else []
        if not sinks and not imported:
            return []
        self.facts.search_flows()
        self._sanitize(sinks)
        self.horizons = horizons(self.facts, [match for match, _ in sinks] + [call for call, _ in imported])
        found = self._imported_sink_hits(imported)
        reached = []  # (match, focus) of the sinks data reaches directly
        for match, names in sinks:
            focus = self._focus(match, names)
            start, end = _span(match)
            scope = self.facts.scope_of(match)
            state = self._state_at(scope, start)
            origin = next((o for o in (self._taint_of(n, state, judged=_span(n)) for n in focus)
                           if o is not None and not is_parameter(o)), None)
            if origin is not None:
                found.append(TaintHit(start, end, self._sink_name(match), origin))
                self.judged.append((start, end))
                reached.append((match, focus))
                continue
            passed = self._through_helper(match, scope, focus)
            through = [(c, h, o) for c, h, o, _ in passed if o is not None and not is_parameter(o)]
            followed = followed_calls(self, passed)
            self.calls += followed
            handed = []  # (as Semgrep and CodeQL report it: once, where the data is used, with each call handing it over)
            for call, helper, origin in through:
                if self._calls_itself(match, helper):  # (a recursive merge's sink is its own call: the call into it)
                    found.append(TaintHit(*_span(call), f"{self._sink_name(match)}` in `{helper}", origin))
                else:
                    handed.append((*_span(call), helper, origin))
            if handed:
                found.append(TaintHit(start, end, self._sink_name(match), handed[0][3], tuple(h[:3] for h in handed)))
            shared = None if through else self._shared_origin(scope, focus)
            if shared is not None and not is_parameter(shared):  # (`g.cmd` set from the request in a `before_request`)
                found.append(TaintHit(start, end, self._sink_name(match), shared))
                self.judged.append((start, end))
            elif through or not self.from_outside(scope, start, focus) and self._followed(scope) and shared is None \
                    and not reads_stored(self, scope, focus) and not (self.g is not PYTHON and unproven_calls(passed, followed)):  # (see reads_stored)
                self.judged.append(verdict_span(match))
        # a sink inside another (`execute(text(q))`) is one finding: keep the innermost; one whose value another takes
        # later (`stmt = text(q)`, then `conn.execute(stmt)`; `os.makedirs(d)`, then `open(d + n)`: taint_prepared): the last
        handed = self._handed_on(reached) | prepared(self.facts, reached)
        spans = {(h.start, h.end): h for h in reversed(found) if (h.start, h.end) not in handed}  # one hit per sink span
        outer = holding_another(spans)
        return [h for span, h in spans.items() if span not in outer]

    def _handed_on(self, reached: list) -> set[tuple[int, int]]:
        """Spans of the sinks in ``reached`` ((match, focus) each) whose value a statement names
        (`stmt = text(q)`) that a later one of them reads in the same function (`conn.execute(stmt)`)."""
        last_read: dict[tuple, int] = {}  # (function, name) -> the start of the last sink reading it
        for other, focus in reached:
            scope, start = self.facts.scope_key(other), _span(other)[0]
            for text in {text for node in focus for text, _, _ in self.facts.reads(node)[0]}:
                last_read[scope, text] = max(start, last_read.get((scope, text), -1))
        handed = set()
        for match, _ in reached:
            statement = match.parent()
            fields = self.g.assignments.get(statement.kind()) if statement is not None else None
            target = statement.field(fields[0]) if fields is not None and not fields[2] else None
            if target is None or target.kind() not in self.g.names or _span(statement.field(fields[1])) != _span(match):
                continue
            if last_read.get((self.facts.scope_key(match), target.text()), -1) > _span(statement)[1]:
                handed.add(_span(match))
        return handed

    def _enter(self, everything: bool = False) -> bool:
        """Find where data enters (see enters) and then the file's sinks; False: it enters
        nowhere, or only through imported calls where no sink is (``everything``: search the
        file's flows anyway). After a bulk scan of a short text, the engine's own node kinds are
        noted first: whichever of them an early question asks (the calls of imported functions,
        the file's functions) is found in the one traversal that finds them all."""
        if self.facts.search.alone:
            self.facts.search_own()
        if everything:
            self._find_sources()
            self._find_imported_sources()
        elif not self.enters(verdicts=True):
            return False
        self.facts.search_sinks(everything)
        return True

    def enters(self, verdicts: bool = False) -> bool:
        """Whether data enters the file: the rule's sources, the calls of imported functions
        that return request data, source parameters (no sink is searched). ``verdicts``: only
        data that may reach a sink counts: a file whose own sources are none is not asked
        what its imported calls return (their modules parsed and summarised) unless it may
        hold a sink of the rule (see _may_reach_sink) and calls one that may return it. The
        parameters of methods other files call with request data count (see taint_callers)."""
        self._find_sources()
        if self.sources or self._takes_source_parameters() or fed_parameters(self.facts, self.spec) \
                or stored_state(self.facts, self.spec):  # (request state a middleware of another file fills)
            self._find_imported_sources()
            return True
        if not verdicts or self.facts.calls_giving(self.spec) and self._may_reach_sink():
            self._find_imported_sources()
        return bool(self.sources)

    def _may_reach_sink(self) -> bool:
        """Whether the file may hold a sink of the rule (a match of one, before its focus
        is checked) or call a function of a module that may pass data to one (see
        Workspace.takes): the cheap question, asked before modules are summarised."""
        return any(self.facts.find(m.config) for m in self._with_aliases(self.spec.sinks)) or \
            self.facts.sinks_imported(self.spec)

    def _find_sources(self) -> None:
        """The file's own sources (see _find_imported_sources for the rest)."""
        sources = self._with_aliases(self.spec.sources)
        key = tuple((config_key(m.config), m.label) for m in sources)  # rules repeat their sources: found once a file
        found = self.facts.found_sources.get(key)
        if found is None:
            found = self.facts.found_sources[key] = [
                (*_span(n), self._source_origin(n, label)) for n, label in
                self._find([m for m in sources if not m.label], [m for m in sources if m.label])]
        link = self.facts.link  # and request state a hook of another file fills (see taint_request_state)
        self.sources = list(found) + (link.workspace.stored.sources(self.facts, self.spec) if link and self.stored else [])

    def _find_imported_sources(self) -> None:
        """Add the calls of imported functions that return request data to the sources."""
        self.sources += [(*_span(call), node_origin(call, summary.source.label))
                         for call, summary in self.facts.imported_sources(self.spec)]

    def _sanitize(self, sinks: list | None = None) -> None:
        """The spans whose values are clean: sanitizer matches or their focus and comprehensions' filters (not a sink
        inside one: taint_sanitized), conditions, dead arms and comprehensions of clean elements (``sinks``: the rule's, if found)."""
        sanitizers = self._with_aliases(self.spec.sanitizers)  # (one with a focus cleans its focus's nodes)
        nodes = [n for n, _ in self._find([m for m in sanitizers if not m.focus])] + [
            n for m in sanitizers if m.focus for match in self.facts.find(m.config) for n in self._focus(match, m.focus)]
        found = [(_span(n), n.kind() == self.g.call) for n in nodes] + [(s, True) for s in filter_clauses(self.facts)]
        self.sanitized = around_sinks(beside_functions(found, self.facts), lambda: [_span(m) for m, _ in sinks or self._sink_matches()])
        self.sanitized += self.facts.conditions() + self._dead_arms() + self._guards.arm_cuts() + checked_reads(self.facts)
        self.keys = self.facts.keys()
        # a comprehension yielding only cleaned elements or constants is clean (`" ".join(quote(a) for a in args)`,
        # `",".join("?" for _ in ids)`, `[{"name": escape(n)} for n in names]`), or picking among a constant's
        # values or what its filter lets through (`[t for t in TABLES if t == wanted]`, `if col in EDITABLE`);
        # inner ones first (reversed), so one yielding a clean one is clean too (`[[esc(c) for c in r] for r in rows]`)
        for span, element, picks_constants in reversed(self.facts.comprehensions()):
            if picks_constants or self._is_cut(*_span(element)) or self._reads_cut(element):
                self.sanitized.append(span)

    def _reads_cut(self, node) -> bool:
        """Whether every variable and member ``node`` reads is read inside a cut (none: a constant)."""
        names, members, _ = self.facts.reads(node)
        return all(self._is_cut(start, end) for _, start, end in names + members)

    @staticmethod
    def _focus(match, names: tuple[str, ...]) -> list:
        """The nodes a sink match checks, or a sanitizer's cleans: its focus metavariables' (none: the whole match)."""
        return [match] if not names else [
            n for name in names
            for n in ([match.get_match(name)] if match.get_match(name) else match.get_multiple_matches(name))
            if n is not None and n.kind() not in (",", "(", ")")]

    def _imported_sink_hits(self, imported: list[tuple[object, Summary]]) -> list[TaintHit]:
        """Calls passing tainted data to an imported function for a parameter it passes to a sink
        (`helpers.run(cmd)`): reported at the call, unless its module reports that sink (see fed_there); a
        call whose arguments for those parameters were followed and are clean is judged (see taint_verdicts)."""
        found = []
        for call, summary in imported:
            scope = self.facts.scope_of(call)
            state = self._state_at(scope, _span(call)[0])
            arguments = [named_argument(self._argument(call, position, name)) for position, name, _ in summary.sinks]
            callee = call.field("function").text()
            for argument, (position, parameter, sink) in zip(arguments, summary.sinks, strict=True):
                origin = self.argument_taint(argument, state, call)
                if origin is not None and not is_parameter(origin):
                    if not {position, parameter} & self.facts.link.fed_there(callee, self.spec, self.facts.specs, argument) \
                            and not self._passed_on(origin, callee, argument):
                        found.append(TaintHit(*_span(call), f"{sink}` in `{last_name(callee)[:40]}", origin))
                    break
            else:
                focus = [a for a in arguments if a is not None]
                if not self.from_outside(scope, _span(call)[0], focus) and self._followed(scope) \
                        and self._shared_origin(scope, focus) is None:
                    self.judged.append(_span(call))
        return found

    def _passed_on(self, origin: Origin, callee: str, argument) -> bool:
        """Whether data another file's call passed this Python module (see taint_callers) goes on, as it is,
        to a function of a module this run checks too: a flaw is at the sink that module reports where its
        callers are followed that far, not at this call into it (nor at the caller's call into this module);
        text built here (`db.select("... %s" % name)`) is made into an injection at this call."""
        target = self.facts.link.resolve(callee) if is_fed(origin) and self.g is PYTHON \
            and not python_text_built(argument) else None
        return target is not None and self.facts.link.workspace.checks(target[0])

    def argument_taint(self, argument, state: dict, call) -> Origin | None:
        """The taint ``argument`` hands to the helper ``call`` it is passed to: a sanitizer around the
        call cleans what the helper gives back, not what it runs (`len(export(tree, args))`); nor does one
        cleaning an object literal whole (a log's structured entry) clean the fields the helper reads of it."""
        (start, end), whole = _span(call), _span(argument) if argument is not None and argument.kind() in self.g.tables else None
        kept, self.sanitized = self.sanitized, [(s, e) for s, e in self.sanitized if not (s <= start and end <= e) and (s, e) != whole]
        try:
            return self._taint_of(argument, state)
        finally:
            self.sanitized = kept

    def summary_of(self, name: str) -> Summary | None:
        """What the function ``name`` of this file does with data, its sink parameters
        included (for the modules that import it); `users.find` of an instance the module
        makes (`users = UserService()`) is its class's method; a class (`Exporter`) is its
        constructor, whose sinks include those its fields reach (see taint_constructors)."""
        scope = self.facts.helpers().get(name) or self.facts.method_of(name)
        constructor = self.facts.helpers().get(f"{name}.{self.g.constructor}") if scope is None and self.g.constructor else None
        scope = scope or constructor
        summary = self._summary(name, scope) if scope is not None else None
        if summary is None:
            return None
        parameters = self.facts.parameters(scope)
        # a method's receiver (`self`) is no argument of its calls: its other parameters come one earlier
        method = int(bool(parameters and parameters[0][1] and parameters[0][1][0].text() in self.g.receivers))
        sinks: dict[int, tuple[str, str]] = {}
        for match, names in self._sink_matches():
            reached = self._reached_in(scope, match, self._focus(match, names))
            if reached is not None:
                for index, parameter in parameter_reads(self, scope, *reached).items():
                    sinks.setdefault(index, (parameter, self._sink_name(match)))
        for call, imported in self.facts.imported_calls(self.spec):
            if imported.sinks and self.facts.in_scope(call, scope):
                for position, parameter, sink in imported.sinks:
                    argument = named_argument(self._argument(call, position, parameter))
                    for index, own in parameter_reads(self, scope, _span(call)[0], [argument] if argument else []).items():
                        sinks.setdefault(index, (own, sink))
        for index, reached in (field_sinks(self, constructor) if constructor is not None else {}).items():
            sinks.setdefault(index, reached)
        return replace(summary, sinks=tuple((i - method, n, sink) for i, (n, sink) in sorted(sinks.items()) if i >= method))

    def _reached_in(self, scope, match, focus: list) -> tuple[int, list] | None:
        """(offset, focus) at which the helper ``scope`` hands a sink its data: the sink's own
        when it is directly in ``scope``; for one in a closure inside it (`return new Promise((ok)
        => exec(line, ...))`), the closure's start and the sink's data that the closure reads from
        ``scope`` (the names it binds itself are its own). None: the sink is elsewhere."""
        offset, own = _span(match)[0], self.facts.scope_of(match)
        while own is not None and node_key(own) != node_key(scope):
            bound = {event.target.text() for event in self.facts.events(own)} \
                | {n.text() for _, names in self.facts.parameters(own) for n in names}
            focus = [node for node in focus if any(text not in bound for text, _, _ in self.facts.reads(node)[0])]
            if not focus:
                return None
            offset, own = _span(own)[0], self.facts.scope_of(own)
        return (offset, focus) if own is not None else None

    def _dead_arms(self) -> list[tuple[int, int]]:
        """The arms of conditional expressions whose conditions the code fixes
        (`"safe" if 7 * 18 + num > 200 else param`, `num = 106`): their values never flow."""
        dead = []
        for config, index in self.facts.configs.conditionals if self.g.folds else ():
            for node in self.facts.find(config):
                children = node.named_children()
                arms = [c for i, c in enumerate(children) if i != index]
                if len(children) > index and len(arms) == 2:
                    verdict = fold_condition(self.facts, children[index], self.facts.scope_of(node))
                    if verdict is not None:
                        dead.append(_span(arms[1] if verdict else arms[0]))
        return dead

    def _followed(self, scope) -> bool:
        """Whether every path through ``scope`` was followed to the end (a loop whose state
        did not settle within its bound was not): only then is a sink not reached clean."""
        return (node_key(scope) if scope is not None else ("module",)) not in self.unfollowed

    def _shared_origin(self, scope, focus: list) -> Origin | None:
        """The taint of the state a sink reads that another function of the file writes (`g.cmd`
        set in a `before_request`, `self.cmd` in another method, a global): request data there is
        request data here (whichever runs first); a parameter's, a flow this engine does not
        follow, so the sink is not proven clean. None: no such write is tainted."""
        writes = self.facts.shared_writes()
        if not writes:
            return None
        own = node_key(scope) if scope is not None else None
        for node in focus:
            names, members, _ = self.facts.reads(node)
            for text, start, end in names + members:
                if any(s <= start and end <= e and (s, e) != (start, end) for s, e in self.sanitized):
                    continue  # read inside a sanitizer (`escapeHtml(req.room.id)`), not one that is the read itself
                    # (`JOBS["custom"]`, a constant table's lookup that another handler fills with request data)
                base = text.split(".")[0].split("[")[0]
                shared = base in self.g.receivers or self._request_state(text)
                if not shared and binds(self.facts, scope, base):
                    continue  # a member of the function's own object (`page.name` of its own `page`)
                for other, event in () if text in writes and cleared_over(self._scope_events(scope), text, _span(node)[0]) \
                        else writes.get(text, ()):
                    if (node_key(other) if other is not None else None) == own or seen_at_creation(self.facts, scope, other, event.target) \
                            or not (shared or event.target.kind() not in self.g.members or not binds(self.facts, other, base)) \
                            or base in self.g.receivers and not same_instance(scope, other):
                        continue
                    origin = self._taint_of(event.value, self._state_at(other, _span(event.value)[0]))
                    if origin is None and base in self.g.receivers and other is not None \
                            and scope is not None and class_name(other) is not None:
                        # a field a method of the class sets from its parameter (`self.url = url` in
                        # `__init__`): tainted where this file calls the method (or makes the object)
                        # with request data
                        origin = next((o for _, _, o in self._through_parameters(other, _span(event.value)[0], [event.value])), None)
                    if origin:
                        return origin
        return None

    def _request_state(self, text: str) -> bool:
        """Whether the member ``text`` is state a framework's middleware fills for the handlers
        after it (`res.locals.term`, `req.returnTo`, `ctx.state.lang`; see Grammar.request_state)."""
        return self.g.request_state is not None and self.g.request_state.fullmatch(text) is not None

    def _sink_matches(self) -> list[tuple[object, tuple[str, ...]]]:
        """(match, focus metavariables) of every sink. A node several sinks without
        constraints match is the first one's only."""
        sinks = self._with_aliases(self.spec.sinks)
        plain = [m for m in sinks if "constraints" not in m.config and m.focus]
        first: dict[tuple, tuple[object, Matcher]] = {}
        for m in plain:
            for match in self.facts.find(m.config):
                first.setdefault(node_key(match), (match, m))
        pairs = [(match, m.focus) for match, m in sorted(first.values(), key=lambda f: (_span(f[0])[0], -_span(f[0])[1]))
                 if any(match.get_match(n) or match.get_multiple_matches(n) for n in m.focus)]
        for m in sinks:
            if "constraints" in m.config or not m.focus:
                pairs.extend((match, m.focus) for match in self.facts.find(m.config))
        return [(match, focus) for match, focus in pairs if not own_method_call(self, match)]

    def _source_origin(self, node, label: str | None) -> Origin:
        """A source match as an origin that quotes the whole read it begins (`request.args`
        → `request.args.get("q")`); shared by the file's rules."""
        key = (*node_key(node), label)
        if key not in self.facts.origins:
            self.facts.origins[key] = node_origin(self._read_of(node), label)
        return self.facts.origins[key]

    def _read_of(self, node):
        parent = node.parent()
        while parent is not None and (
                (parent.kind() in self.g.members and _span(parent.child(0)) == _span(node))
                or (parent.kind() == self.g.call and parent.field("function") is not None
                    and _span(parent.field("function")) == _span(node))):
            node, parent = parent, parent.parent()
        return node

    def _sink_name(self, match) -> str:
        if match.kind() == self.g.returns:
            return "return"  # a view returning the data (`return f"<p>{name}</p>"`)
        if match.kind() == "comparison_operator" and match.field("operators") is not None:
            return match.field("operators").text()  # a check (`if ip not in OFFICE: abort(403)`)
        # a call's callee, a `new` expression's class, an assignment's target, a property's key, a
        # keyword argument's name
        callee = match.field("function") if match.kind() == self.g.call else match.field("constructor")
        target = (match.field("left") or match.field("key") or match.field("name")) if callee is None else None
        while target is not None and self.g.indexes is not None and target.kind() == self.g.indexes[0]:
            target = target.child(0)  # `session[key] = v` reaches the session
        return last_name((callee or target or match).text()).strip("'\"")[:40]

    def _through_parameters(self, scope, offset: int, focus: list) -> list[tuple[object, str, Origin]]:
        """(call, helper name, origin) of the calls in this file that pass tainted data to
        the helper ``scope`` for a parameter its sink at ``offset`` reads
        (`def run(sql): cur.execute(sql)` called as `run("..." + request.args["q"])`; see
        helper_arguments)."""
        return [(call, name, origin) for call, name, origin, _ in helper_arguments(self, scope, offset, focus)
                if origin is not None and not is_parameter(origin)]

    def _through_helper(self, match, scope, focus: list) -> list[tuple[object, str, Origin | None, list]]:
        """helper_arguments for the named function the sink ``match`` is in: its own scope,
        or for a sink in a closure (`return new Promise((ok) => exec(line, ...))`, an object's method
        `{ func: async (p) => new Function(content) }` returned by `ScriptOperator(content)`) reading
        none of the closure's own names, the named function around that closure."""
        helper = named_helper(self.facts, scope, focus)
        reached = self._reached_in(helper, match, focus) if helper is not None else None
        return helper_arguments(self, helper, *reached) if reached is not None else []

    def _calls_itself(self, match, helper: str) -> bool:
        """Whether the sink ``match`` is the helper ``helper`` calling itself (`deepMerge(target[key], source[key])`
        in `deepMerge`): the call into it is that sink too."""
        function = match.field("function") if match.kind() == self.g.call else None
        return function is not None and function.text() in self._own_callees(helper)

    def _own_callees(self, name: str) -> set[str]:
        """How code calls its own function or method ``name``: `name` or `this.name`."""
        return {name} | {f"{receiver}.{name}" for receiver in self.g.receivers}

    def helper_calls(self, name: str, scope=None) -> list:
        """The calls in this file of the helper ``name`` (``scope``: its node, where several
        classes define it): `name(...)` or `self.name(...)`, and for
        a method of a class of this file, the calls through an instance of it the file holds
        (`this.diagnostics.probe(url)` with `private diagnostics: DiagnosticsService`) or the class
        itself (`Tools.run(cmd)`, a static method), and for a Python constructor the calls making
        an instance (`Downloader(url)` calls `Downloader.__init__`); not another object's method of the same
        name (`conn.query(...)` in `function query`), nor for a method its bare name (an imported function's)."""
        callees = self._own_callees(name)
        owner = class_name(scope if scope is not None else self.facts.helpers().get(name))
        if owner is not None:
            callees = callees - {name} | {f"{owner}.{name}"} | {f"{instance}.{name}" for instance, cls in self.facts.instances().items() if cls == owner}
        calls = [call for call in self.facts.calls_of(name) if call.field("function").text() in callees]
        if owner is not None and self.g.constructor and name == self.g.constructor:
            calls += constructions(self.facts, owner)
        if self.g is PYTHON:  # (and through a dispatch table holding it: `self.handlers.get(action)(**params)`)
            calls += table_calls(self.facts, name, callees)
        return calls

    def helper_reads(self, scope, offset: int, focus: list) -> dict[int, str]:
        """(taint_helper_calls.HelperFlow) the parameters of ``scope`` its sink's ``focus`` reads at ``offset``."""
        return parameter_reads(self, scope, offset, focus)

    def handed(self, call, index: int, parameter: str, helper) -> tuple[object | None, Origin | None]:
        """(taint_helper_calls.HelperFlow) the argument ``call`` passes ``helper`` for ``parameter`` and its
        taint there: the caller's data, else state another function of the file filled (`self.year` set
        from the request in `get`; not asked again while asked for this helper: a write's taint may ask it)."""
        caller, argument = self.facts.scope_of(call), self._argument(call, index, parameter)
        origin = self._taint_of(argument, self._state_at(caller, _span(call)[0]))
        if origin is None and argument is not None and node_key(helper) not in self._sharing:
            self._sharing.add(node_key(helper))
            origin = self._shared_origin(caller, [argument])
            self._sharing.discard(node_key(helper))
        return argument, origin

    def proven_clean(self, caller, offset: int, focus: list) -> bool:
        """(taint_helper_calls.HelperFlow) whether what ``caller`` hands on at ``offset`` is clean: none from its
        callers (or only its instance's fields its class writes clean), every path through it followed,
        nothing the store gave back."""
        return self._followed(caller) and not reads_stored(self, caller, focus) \
            and (not self.from_outside(caller, offset, focus) or own_fields_only(self, caller, offset, focus))

    def from_outside(self, scope, offset: int, focus: list) -> bool:
        """Whether a sink's data may come from callers this file does not show: it reads a
        parameter of a function the file never calls (a library's entry point), not of a
        handler the rule knows the framework calls (its other parameters are the framework's);
        in module code, a name the module never assigns (an import, a global)."""
        if scope is None:  # module code: a name it reads but never assigns is imported or global
            assigned = {event.target.text() for event in self.facts.events(None)}
            return any(text not in assigned for node in focus for text, _, _ in self.facts.reads(node)[0])
        if self._from_callers(scope, offset, focus):
            return True
        # a closure (`new Promise((resolve) => cp.exec(cmd))`) reads the names of the function
        # around it that it does not bind itself: what that function's callers gave it
        outer = self.facts.scope_of(scope)
        if outer is None:
            return False
        own = {event.target.text() for event in self.facts.events(scope)} \
            | {n.text() for _, names in self.facts.parameters(scope) for n in names}
        free = [node for node in focus if any(text not in own for text, _, _ in self.facts.reads(node)[0])]
        return bool(free) and self.from_outside(outer, _span(scope)[0], free)

    def _from_callers(self, scope, offset: int, focus: list) -> bool:
        """Whether a sink's data in the function ``scope`` may be a parameter's (see from_outside)."""
        if not self.facts.parameters(scope):  # no parameter to read: the data is the function's own
            return False
        key = node_key(scope)
        initial = self._state_at(scope, -1)
        if any(functions is not None and key in functions for functions in self._source_functions()):
            return False
        # (callers feed a parameter: what they gave is followed, but not the instance's fields, stored by its builder)
        fed = any(initial.get(n.text()) is not None for _, names in self.facts.parameters(scope) for n in names)
        name = self.facts.helper_names().get(key)
        if not fed and name is not None and self.helper_calls(name, scope):
            return builder_stored(self, scope, focus)  # (its callers pass nothing: what the instance holds is its builder's)
        state = self._state_at(scope, offset, as_helper=True)
        return any(is_parameter(origin := state.get(text)) and (not fed or origin.text in self.g.receivers)
                   for node in focus for text in self.reads_from_callers(node))

    def reads_from_callers(self, node) -> list[str]:
        """The names and members ``node`` reads that may hold what a caller gave: not those a
        sanitizer cleans (`Number(req.query.n)`), nor those inside request state the file's
        middleware fills (`res.locals.page`, see _request_state), whose writes _shared_origin judges."""
        names, members, _ = self.facts.reads(node)
        writes = self.facts.shared_writes()
        filled = [(start, end) for text, start, end in members if text in writes and self._request_state(text)]
        return [text for text, start, end in names + members
                if not self._is_cut(start, end) and not any(s <= start and end <= e for s, e in filled)]


def file_facts(root, language: str, specs, search: SharedSearch | None = None, link=None) -> FileFacts | None:
    """What the taint rules ``specs`` share in one parsed file (``root``: its SgNode);
    None for a language the engine does not know. ``search``: the file's shared search,
    so their sources are found in the same traversal as the pattern rules' matches;
    ``link``: the workspace modules it imports (see taint_modules)."""
    grammar = GRAMMARS.get(language)
    if grammar is None:
        return None
    return FileFacts(root, grammar, specs, search or SharedSearch(root, language, root.text().isascii()), link)


def data_enters(facts: FileFacts, spec: TaintSpec) -> bool:
    """Whether data of the rule ``spec`` enters a parsed file (see FileTaint.enters): where it
    enters nowhere, no function of the file returns it."""
    return FileTaint(spec, facts).enters()


def taint_hits(facts: FileFacts | None, spec: TaintSpec) -> list[TaintHit]:
    """Sinks reached by tainted data in one parsed file (see :func:`file_facts`)."""
    return taint_verdicts(facts, spec)[0]


def taint_verdicts(facts: FileFacts | None, spec: TaintSpec) -> tuple[list[TaintHit], list[tuple[int, int]], list[tuple[int, int]]]:
    """The sinks reached by tainted data, the spans of every sink the rule followed
    data to: in a file where data enters, a sink not reached (and not reported at a call of
    its helper) is clean as far as the rule can tell, unless a path to it was not followed
    (state another function fills with tainted data, a loop that did not settle); and the
    spans of the calls of helpers it followed the same way (see taint_helper_calls)."""
    if facts is None or _no_sink_scanned(facts, spec):
        return [], [], []
    analysis = FileTaint(spec, facts)
    return analysis.hits(), analysis.judged, analysis.calls


def _no_sink_scanned(facts: FileFacts, spec: TaintSpec) -> bool:
    """Whether a bulk scan found none of the rule's sinks in the file and no call of an imported
    function passes data to one (asked of the calls only where a module's text may): nothing to
    follow, asked before its sources are sought (on a tree of handlers, most rules find their
    sources and no sink; `get_param(request, k)`'s module reads `.get(`, a request's sink's
    text) and before the rule's analysis is set up (each of a handler's ~10 rules asks)."""
    return facts.prefilter.found_none(spec.sinks) and not (
        facts.sinks_imported(spec) and any(summary.sinks for _, summary in facts.imported_calls(spec)))


def entry_points(facts: FileFacts, spec: TaintSpec) -> list[int] | None:
    """Where data of the rule ``spec`` enters a parsed file through its own text: the starts
    of its sources and of the functions whose parameters are sources (None: a parameter
    source of every function, so data enters every file). Data from the modules it imports
    is not counted: a file that imports none (no ModuleLink) enters where these are."""
    analysis = FileTaint(spec, facts)
    analysis._find_sources()
    functions = analysis._source_functions()
    if any(f is None for f in functions):
        return None
    return [start for start, _, _ in analysis.sources] + [key[0] for f in functions for key in f]
