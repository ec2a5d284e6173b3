"""What one parsed file's taint rules share (:class:`FileFacts`): one search for all
their sources, then where data enters one for their sinks and the rest; scopes, bindings,
names read, calls, helpers, conditions and renamed imports, each found once a file."""

from __future__ import annotations

import json
import re

from postil.analyzers.rules import taint_elements as elements
from postil.analyzers.rules.search import SharedSearch, ascii_rule
from postil.analyzers.rules.span_nesting import Nesting
from postil.analyzers.rules.taint_aborts import aborting_calls
from postil.analyzers.rules.taint_aliases import file_aliases
from postil.analyzers.rules.taint_callers import fed_parameters
from postil.analyzers.rules.taint_default_export import with_default_helpers
from postil.analyzers.rules.taint_filters import iterates_pinned_keys, pinned_variables
from postil.analyzers.rules.taint_grammar import Grammar, grammar_configs
from postil.analyzers.rules.taint_instances import instance_classes, typed_callee
from postil.analyzers.rules.taint_namespaces import owner_name
from postil.analyzers.rules.taint_match_arms import CASES
from postil.analyzers.rules.taint_model_statics import model_statics
from postil.analyzers.rules.taint_mutations import mutating_calls
from postil.analyzers.rules.taint_object_methods import object_function
from postil.analyzers.rules.taint_paths import span as _span
from postil.analyzers.rules.taint_prefilter import LiteralPrefilter
from postil.analyzers.rules.taint_spec import TaintSpec
from postil.analyzers.rules.taint_values import Event, Origin, Summary, last_name, node_key

# the words of statements with several paths (a letter first, the search skips to it: `\bif` tried every position)
_BRANCHING = re.compile(r"(?:i(?<!\wi)f|f(?<!\wf)or|w(?<!\ww)hile|d(?<!\wd)o|t(?<!\wt)ry|m(?<!\wm)atch|s(?<!\ws)witch)\b")
# a comprehension's filter that checks its element (a membership test or a call), see events;
# skipping blank elements (`if line.strip()`) checks nothing
_CHECKS = re.compile(r"\bin\b|\(")
_SKIPS_BLANKS = re.compile(r"if\s+(not\s+)?[\w.]+\.[lr]?strip\(\s*\)")
# a constant a comprehension may loop over: an UPPER_CASE name, a list/tuple/set of literals, or the
# listing of a constant directory (`os.listdir(OUT_DIR)`)
_CONSTANT_COLLECTION = re.compile(r"""[A-Z][A-Z0-9_]*(\.[A-Z][A-Z0-9_]*)*|[\[({]\s*(?:(?:[rbuRBU]?"[^"\n]*"|[rbuRBU]?'[^'\n]*'|-?\d+)\s*,?\s*)*[\])}]"""
                                  r"|(os\.)?(listdir|scandir)\(\s*[A-Z][A-Z0-9_]*\s*\)")
# a filter's call that only tests a loop variable's text (`if f.startswith(kind)`, `if ch.isalnum()`, `re.fullmatch(p, c)`): it adds nothing and holds no sink
_TEXT_TEST = re.compile(r"\w+\.(startswith|endswith|is(alnum|alpha|digit|decimal|numeric|identifier))|re\.(full)?match")
_ASCII_RULES: dict[str, dict] = {}  # a parameter rule's content -> the rule spelt for ASCII text
# An expression up to this many characters has its reads found by walking its named nodes here:
# ast-grep-py compiles a search each time (~25 us), more than walking a short one (`param`: 2 us).
_WALKED_READS = 40


class FileFacts:
    """What one parsed file's taint rules share: one search for all their sources, then
    (in files where data enters) one for all their sinks, sanitizers, guards and
    propagators; scopes, assignments, names read, helpers and renamed imports."""

    def __init__(self, root, grammar: Grammar, specs, search: SharedSearch, link=None) -> None:
        self.root = root
        self.link = link  # the workspace modules the file imports (see taint_modules.ModuleLink)
        self._imported: dict[tuple[str, int], Summary | None] = {}
        self._imported_calls: dict[int, list] = {}
        self._imported_sources: dict[int, list] = {}
        self._sinks_imported: dict[int, bool] = {}  # id(spec) -> see sinks_imported
        self.taking: frozenset[str] | None = None  # see taint_callers.fed_parameters
        self.analyses: dict[int, object] = {}  # a rule's analysis (taint.FileTaint), by id(spec), when summaries are asked of it
        self.g = grammar
        self.configs = grammar_configs(grammar)
        self.search = search
        self.specs = list(specs)
        self._scopes: Nesting | None = None  # see scope_of
        self._events: dict[tuple, list[Event]] = {}
        self._reads: dict[tuple, tuple[list, list, list]] = {}
        self._read_nodes: dict[int, object] = {}  # a name read's start -> its node
        self._reads_kinds: frozenset[str] | None = None
        self._element_keys: dict[int, list | None] = {}
        self._helpers: dict[str, object] | None = None
        self._helper_names: dict[tuple, str] | None = None
        self._instances: dict[str, str] | None = None  # the file's instances of classes (see instance_classes)
        self._conditions: list[tuple[int, int]] | None = None
        self._keys: list[tuple[int, int]] | None = None
        self._comprehensions: list | None = None
        self._matches: dict[tuple, bool] = {}
        self._calls: dict[str, list] | None = None
        self._aliases: set[tuple[str, str]] | None = None
        self._shared: dict[str, list] | None = None
        self._aborts: frozenset[int] | None = None
        self._branching: dict[tuple, bool] = {}
        self._flows_searched = False
        self._own_searched = False
        self._entries: dict[int, list[dict]] = {}  # id(spec) -> see entry_configs
        self._entered: list | None = None  # the rules data enters the file of (see search_sinks)
        self.prefilter = LiteralPrefilter(root, grammar, self.specs, self.configs.scopes, self.aliases, search.scanned)
        self.origins: dict[tuple, Origin] = {}
        self.found_sources: dict[tuple, list] = {}  # (config, label) of a rule's sources -> its source spans (taint.FileTaint)
        self.folded: dict[tuple[int, int], bool | None] = {}  # a condition's or case's span -> see taint_fold.fold_condition
        self.constants: dict[tuple, dict] = {}  # a scope's key -> its local constants
        self.entered: dict[tuple[int, int, str], list] = {}  # shared by the rules' path walks (see PathWalk)
        self.bindings: dict[int, tuple] = {}  # id(event) -> (event, its plain binding or None) (see taint_one_path)
        self.one_path: dict[tuple[int, int], bool] = {}  # a scope's span -> its body is one path (see taint_one_path)
        self.search.add(c for spec in self.specs for c in self.entry_configs(spec))

    def entry_configs(self, spec: TaintSpec) -> list[dict]:
        """The configs that tell whether data enters a file: sources and the functions
        whose parameters are sources (those the text may hold, listed once a rule)."""
        if id(spec) not in self._entries:
            self._entries[id(spec)] = [m.config for m in self.prefilter.possible_matchers(spec.sources)] + \
                [c for c in self.prefilter.function_configs(spec) if c is not None and self.prefilter.possible(c)]
        return self._entries[id(spec)]

    def search_sinks(self, everything: bool = False) -> None:
        """Add to the shared search, once, the sinks the text may hold of every rule data
        enters in this file (``everything``: of every rule, for summaries); none where it adds nothing (see alone)."""
        if self._entered is not None:
            return
        self._entered = [] if self.search.alone else [spec for spec in self.specs if everything or self._entered_by(
            spec) or self.imported_sources(spec) or fed_parameters(self, spec)]
        self.search.add(m.config for spec in self._entered for m in self.prefilter.possible_matchers(spec.sinks))

    def _entered_by(self, spec: TaintSpec) -> bool:
        """Whether data of ``spec`` enters the file through one of its sources, or else through the
        parameters of a function its parameter sources apply to (the same configs as entry_configs,
        the functions' weighed only when no source matched)."""
        return any(self.exists(m.config) for m in self.prefilter.possible_matchers(spec.sources)) or any(
            self.exists(c) for c in self.prefilter.function_configs(spec) if c is not None)

    def search_flows(self) -> None:
        """Add to the shared search, once, what following the data to the sinks found needs:
        the sanitizers, guards and propagators of the rules with a sink in the file (or a call
        of an imported function that is one), and the engine's own: assignments, calls,
        conditions and subscripts."""
        if self._flows_searched:
            return
        self._flows_searched = True
        configs = []
        for spec in self._entered or ():
            if any(self.find(m.config) for m in self.prefilter.possible_matchers(spec.sinks)) or \
                    self.sinks_imported(spec) and any(s.sinks for _, s in self.imported_calls(spec)):
                configs += [m.config for ms in (spec.sanitizers, spec.guards, spec.propagators)
                            for m in self.prefilter.possible_matchers(ms)]
        self.search.add(configs)
        self.search_own()

    def search_own(self) -> None:
        """Add to the shared search, once, the engine's own searches of node kinds (functions,
        assignments, calls, conditions, subscripts, comprehensions, `match` arms): in a short text
        after a bulk scan, one traversal finds them all for whichever is asked first."""
        if self._own_searched:
            return
        self._own_searched = True
        own = [self.configs.scopes, self.configs.events, self.configs.calls,
               *(config for config, _ in self.configs.conditionals), CASES if self.g.captures[0] else None]
        self.search.add_kinds(c for c in (*own, self.configs.indexes and self.configs.indexes[0],
                                          self.configs.comprehensions) if c is not None)

    def find(self, config: dict) -> list:
        """The file's matches of ``config`` (none asked where its literals are missing)."""
        return self.search.find(config) if self.prefilter.possible(config) else []

    def exists(self, config: dict) -> bool:
        """Whether ``config`` matches somewhere in the file: the bulk scan's answer where it
        ran the config (no search), else whether a search finds it."""
        found = self.search.scanned.found(config) if self.search.scanned is not None else None
        return found if found is not None else bool(self.find(config))

    def find_first(self, configs: list[dict]) -> list[tuple[object, int]]:
        """(node, index of the first config it matches) for nodes matching any of
        ``configs``, in document order."""
        first: dict[tuple, tuple[int, object]] = {}
        for i, config in enumerate(configs):
            for node in self.find(config):
                first.setdefault(node_key(node), (i, node))
        return [(node, i) for i, node in sorted(first.values(), key=lambda f: (_span(f[1])[0], -_span(f[1])[1]))]

    def scope_of(self, node):
        """The nearest function around ``node`` (None: the module): the innermost of the
        file's functions whose span holds the node's and is not the same (a node of the same
        extent is the function itself, or a statement holding only it: outside). Read from
        the functions' spans, found once (walking up the parents built a node object for each
        ancestor, ~2.5 an ask, and a span each: ~6% of a handler's flow analysis)."""
        if self._scopes is None:
            self._scopes = Nesting([(*_span(f), f) for f in self.find(self.configs.scopes)])
        return self._scopes.around(*_span(node))

    def _captures(self, case) -> list[Event]:
        """The bindings of the names a `case` pattern captures: each takes the subject's taint
        (the whole subject: `case {"k": v}` is not followed into the mapping)."""
        statement = case.parent().parent() if case.parent() is not None else None
        subject = statement.field(self.g.captures[1]) if statement is not None else None
        patterns = [c for c in case.children() if c.kind() == "case_pattern"]
        if subject is None or not patterns:
            return []
        names = [n.child(0) for p in patterns for n in p.find_all(kind="dotted_name")
                 if n.parent() is not None and n.parent().kind() in ("case_pattern", "keyword_pattern")
                 and len(n.children()) == 1]
        names += [n for p in patterns for s in p.find_all(kind="splat_pattern") for n in s.children() if n.kind() == "identifier"]
        end = _span(patterns[-1])[1]
        return [Event(end, name, subject) for name in names if name is not None]

    def in_scope(self, node, scope) -> bool:
        own = self.scope_of(node)
        return own is None if scope is None else own is not None and node_key(own) == node_key(scope)

    def events(self, scope) -> list[Event]:
        """Assignments, loop targets and mutating calls (``xs.append(v)``) directly in
        ``scope``, in order (found once for the file, for all scopes)."""
        if not self._events:
            self._events[("module",)] = []
            for n in self.find(self.configs.events):
                event = None
                if n.kind() == self.g.captures[0]:
                    self._events.setdefault(self.scope_key(n), []).extend(self._captures(n))
                    continue
                if n.kind() in self.g.assignments:
                    target_field, value_field, augmented = self.g.assignments[n.kind()]
                    target, value = n.field(target_field), n.field(value_field) if value_field else n.child(0)
                    if target is not None and target.kind() == "as_pattern_target":
                        target = target.child(0)
                        value = self._raised(n) or value
                    if target is not None and value is not None:
                        event = Event(_span(n)[1], target, value, augmented)
                else:
                    target_field, value_field = self.g.loops[n.kind()]
                    target, value = n.field(target_field), n.field(value_field)
                    # a comprehension's element is computed after its clauses though written before
                    # them (`[eval(r) for r in rows]`): its loop targets are bound from its start,
                    # unless a clause checks them (`if r in ALLOWED`, `if valid(r)`: no guard here)
                    around = n.parent()
                    at = _span(around)[0] if around is not None and around.kind() in self.g.comprehensions \
                        and not any(c.kind() == "if_clause" and _CHECKS.search(c.text()) and not _SKIPS_BLANKS.fullmatch(c.text())
                                    for c in around.children()) else None
                    if target is not None and value is not None:
                        position = _span(value)[1] if at is None else at
                        pairs = elements.enumerated(target, value) or [(target, value)]  # (the index is a number)
                        self._events.setdefault(self.scope_key(n), []).extend(Event(position, t, v) for t, v in pairs)
                if event is not None:
                    self._events.setdefault(self.scope_key(n), []).append(event)
            for key, event in mutating_calls(self):  # `xs.push(v)`, `Object.assign(opts, req.body)`
                self._events.setdefault(key, []).append(event)
            if self.g.deletes and re.search(r"del(?<!\wdel)\s", self.root.text()):
                for statement in self.root.find_all(kind=self.g.deletes):  # `del xs[0]`: the positions move
                    for target in statement.find_all(kind=self.g.indexes[0]):
                        if target.child(0) is not None and target.child(0).kind() in self.g.names:
                            self._events.setdefault(self.scope_key(statement), []).append(
                                Event(_span(statement)[1], target.child(0), None, True, target, method="del"))
            for events in self._events.values():
                events.sort(key=lambda e: e.position)
        return self._events.get(node_key(scope) if scope is not None else ("module",), [])

    @staticmethod
    def _raised(pattern):
        """What `except E as err:` binds ``err`` to where the `try` raises its own exception:
        the arguments of the first `raise E(...)` in its body (`raise ValueError(name)`, then
        `str(err)` is the name); None for any other `as`."""
        clause = pattern.parent()
        statement = clause.parent() if clause is not None and clause.kind() == "except_clause" else None
        body = statement.field("body") if statement is not None else None
        raised = body.find(kind="raise_statement", has={"kind": "call"}) if body is not None else None
        call = raised.find(kind="call") if raised is not None else None
        return call.field("arguments") if call is not None else None

    def element_keys(self, start: int) -> list | None:
        """The keys of the elements the name read at ``start`` reads, most precise first
        (`m["k"]`, `m.get("k")`, `conf.get("s", "k")`, `xs.pop(0)`, JavaScript's `m.k`);
        None: it reads the container as a whole."""
        if start in self._element_keys:
            return self._element_keys[start]
        node = self._read_nodes.get(start)
        parent = node.parent() if node is not None else None
        keys = None
        if parent is not None and parent.kind() in self.g.members and _span(parent.child(0)) == _span(node):
            if self.g.indexes is not None and parent.kind() == self.g.indexes[0]:
                index = parent.field(self.g.indexes[1])
                key = elements.literal_key(index.text()) if index is not None else None
                keys = None if key is None else [key]
            else:
                keys = self._method_keys(parent)
        self._element_keys[start] = keys
        return keys

    def _method_keys(self, member) -> list | None:
        """The keys read by `m.get(…)`/`xs.pop(…)` of literal arguments, or by `m.k` in
        JavaScript (see element_keys)."""
        field = member.field("attribute") or member.field("property")
        call = member.parent()
        if field is None:
            return None
        if call is None or call.kind() != self.g.call or _span(call.field("function") or call) != _span(member):
            if self.g.fields_are_keys:
                return [field.text()] if field.kind() == "property_identifier" else None
            return [elements.attribute_key(field.text())] if field.kind() == "identifier" else None
        arguments = call.field("arguments")
        literals = [elements.literal_key(a.text()) for a in arguments.named_children() if a.kind() != "comment"] \
            if arguments is not None else []
        method, removes = field.text(), dict(self.g.removes)
        if not literals and method in removes:
            return [-1 if removes[method] is None else removes[method]]
        if not literals or literals[0] is None or method not in {"get", *removes}:
            return None
        whole = [tuple(literals)] if len(literals) > 1 and method == "get" and None not in literals else []
        return whole + literals[:1]

    def shared_writes(self) -> dict[str, list[tuple[object, Event]]]:
        """(scope, assignment) of the state functions share, by what the assignment writes:
        members (`g.cmd = ...`, `self.cmd = ...`), names a function declares `global` and
        names a JavaScript function assigns without declaring them (a closure's `body += chunk`)."""
        if self._shared is None:
            self.events(None)
            declared: set[tuple[tuple, str]] = set()  # (scope key, name) of `global name`
            if self.g.globals and re.search(rf"{self.g.globals[1]}(?<!\w{self.g.globals[1]})\b", self.root.text()):
                for statement in self.root.find_all(kind=self.g.globals[0]):
                    declared.update((self.scope_key(statement), n.text())
                                    for n in statement.named_children() if n.kind() in self.g.names)
            shared: dict[str, list] = {}
            for key, events in self._events.items():
                for event in events:
                    kind = event.target.kind()
                    if event.value is not None and (kind in self.g.members or kind in self.g.names and (
                            (key, event.target.text()) in declared or event.target.parent().kind() in self.g.rebinds)):
                        shared.setdefault(event.target.text(), []).append((self.scope_of(event.target), event))
            self._shared = shared
        return self._shared

    def branches(self, scope) -> bool:
        """Whether a function's text holds a word of a statement with several paths."""
        key = node_key(scope)
        if key not in self._branching:
            self._branching[key] = _BRANCHING.search(scope.text()) is not None
        return self._branching[key]

    def aborts(self) -> frozenset[int]:
        """Where the calls that raise start (`abort(404)`, Koa's `ctx.throw(400, "bad")`, Next.js's
        `redirect(...)`: see taint_aborts): a statement that is one ends its path."""
        if self._aborts is None:
            self._aborts = frozenset(
                _span(call)[0] for name, callee in aborting_calls(self.root.text())
                for call in self.calls_of(name) if re.fullmatch(callee, call.field("function").text()))
        return self._aborts

    def scope_key(self, node) -> tuple:
        scope = self.scope_of(node)
        return node_key(scope) if scope is not None else ("module",)

    def reads(self, node) -> tuple[list, list, list]:
        """What an expression reads: (name, start, end) of variables and of members such as
        ``self.x``, and (callee, start, end, arguments) of calls."""
        key = node_key(node)
        if key not in self._reads:
            names, members, calls = [], [], []
            for n, parent in self._read_kinds(node, key[1] - key[0] <= _WALKED_READS):  # one traversal for the three
                kind = n.kind()
                if kind in self.g.names:
                    if self._is_read(n, parent):
                        names.append((n.text(), *_span(n)))
                        self._read_nodes[names[-1][1]] = n
                elif kind in self.g.members:
                    members.append((n.text(), *_span(n)))
                elif n.field("function") is not None:
                    calls.append((n.field("function").text(), *_span(n), n.field("arguments")))
            self._reads[key] = (names, members, calls)
        return self._reads[key]

    def _read_kinds(self, node, walked: bool) -> list[tuple[object, object]]:
        """(node, its parent, None where not known) of the nodes of ``node`` (itself included)
        of the kinds whose reads count, in document order (``walked``: by walking its named
        nodes here, which knows their parents and asks a leaf for no children, else by ast-grep)."""
        if not walked:
            return [(n, None) for n in node.find_all(self.configs.reads)]
        kinds = self._reads_kinds
        if kinds is None:
            kinds = self._reads_kinds = frozenset(k["kind"] for k in self.configs.reads["rule"]["any"])
        out, stack = [], [(node, None)]
        while stack:
            n, parent = stack.pop()
            if n.kind() in kinds:
                out.append((n, parent))
            if not n.is_leaf():
                stack.extend((child, n) for child in reversed(n.named_children()))
        return out

    def _is_read(self, name, parent=None) -> bool:
        """Whether a name node is read where it is (not a member's or keyword's own name;
        ``parent``: its parent, where the caller has it)."""
        parent = name.parent() if parent is None else parent
        if parent is None:
            return True
        for kind, field_name in self.g.not_reads:
            if parent.kind() == kind:
                other = parent.field(field_name)
                if other is not None and _span(other) == _span(name):
                    return False
        return True

    def matches(self, node, rule: dict) -> bool:
        """Whether ``node`` matches ``rule`` (asked once per node for all the file's rules)."""
        content = json.dumps(rule, sort_keys=True)
        key = (*node_key(node), content)
        if key not in self._matches:
            if self.search.ascii_text:  # ASCII regexes compile ~10x faster (see ascii_regex)
                rule = _ASCII_RULES.get(content) or _ASCII_RULES.setdefault(content, ascii_rule(rule))
            self._matches[key] = node.matches(**rule)
        return self._matches[key]

    def conditions(self) -> list[tuple[int, int]]:
        """Spans whose values do not flow out: the conditions of conditional expressions
        (`a if ok(x) else b` is `a` or `b`, never `x`)."""
        if self._conditions is None:
            spans = []
            for config, index in self.configs.conditionals:
                for node in self.find(config):
                    children = node.named_children()
                    if len(children) > index:
                        spans.append(_span(children[index]))
            self._conditions = spans
        return self._conditions

    def keys(self) -> list[tuple[int, int]]:
        """Spans of subscripts' keys: their values do not flow out either (`table[key]` is
        one of the table's values), unless a sink judges the key itself (`session[key] = 1`)."""
        if self._keys is None:
            self._keys = []
            if self.configs.indexes is not None:
                config, field_name = self.configs.indexes
                self._keys = [_span(key) for key in (n.field(field_name) for n in self.find(config)) if key is not None]
        return self._keys

    def comprehensions(self) -> list[tuple[tuple[int, int], object, bool]]:
        """(span, the element it yields, whether it only picks among a constant's values) of
        each comprehension."""
        if self._comprehensions is None:
            self._comprehensions = [(_span(n), n.field("body"), self._picks_constants(n, n.field("body")))
                                    for n in self.find(self.configs.comprehensions)
                                    if n.field("body") is not None] if self.configs.comprehensions else []
        return self._comprehensions

    def _picks_constants(self, comprehension, element) -> bool:
        """Whether a comprehension yields only its own loop variables, over constants (`[t for t in
        TABLES if t == wanted]`, `[f for f in os.listdir(OUT) if f.startswith(kind)]`) or the keys of a dict
        a filter pinned them in (taint_filters.iterates_pinned_keys), or those its filter
        lets through only when safe (see taint_filters). A filter calling anything else may hold a sink."""
        clauses = comprehension.named_children()
        loops = [c for c in clauses if c.kind() == "for_in_clause"]
        variables = {n.text() for c in loops if c.field("left") is not None
                     for n in (c.field("left"), *c.field("left").find_all(kind="identifier"))}
        names, members, _ = self.reads(element)
        if not loops or members or any(text not in variables for text, _, _ in names):
            return False
        filters = [c for c in clauses if c.kind() == "if_clause"]
        tests = [_TEXT_TEST.fullmatch(call.field("function").text()) for c in filters for call in c.find_all(kind="call")]
        if all(c.field("right") is not None and _CONSTANT_COLLECTION.fullmatch(c.field("right").text())
               or iterates_pinned_keys(self, comprehension, c) for c in loops):
            return all(tests)
        # or a filter letting only safe values through (`if col in EDITABLE`, `if ch.isalnum()`)
        pinned = pinned_variables([c.text().removeprefix("if") for c in filters], variables) if all(tests) else set()
        return bool(pinned) and all(text in pinned for text, _, _ in names)

    def helper_names(self) -> dict[tuple, str]:
        """The name of each helper (see helpers), by its node's key: its own (`transform`,
        not `Fixed.transform`, nor "default")."""
        if self._helper_names is None:
            self._helper_names = {}
            for name, scope in self.helpers().items():
                self._helper_names.setdefault(node_key(scope), name)
        return self._helper_names

    def call_names(self) -> list[str]:
        """The names of the functions and methods the file calls (see calls_of)."""
        self.calls_of("")
        return list(self._calls)

    def calls_of(self, name: str) -> list:
        """Calls of a function or method named ``name`` (all calls are listed once)."""
        if self._calls is None:
            self._calls = {}
            for call in self.find(self.configs.calls):
                callee = call.field("function")
                if callee is not None and call.field("arguments") is not None:
                    self._calls.setdefault(last_name(callee.text()), []).append(call)
        return self._calls.get(name, [])

    def imported(self, callee: str, spec: TaintSpec) -> Summary | None:
        """The summary of a function of another workspace module a call's callee names."""
        if self.link is None:
            return None
        key = (callee, id(spec))
        if key not in self._imported:
            self._imported[key] = self.link.summary(callee, spec, self.specs)
        return self._imported[key]

    def sinks_imported(self, spec: TaintSpec) -> bool:
        """Whether a module the file imports may pass data to a sink of the rule ``spec`` (see
        Workspace.takes: the modules' texts, nothing summarised): else no imported function's
        summary names a sink, and the calls need not be asked for one (each rule asked each
        call's summary of every file where data enters)."""
        known = self._sinks_imported.get(id(spec))
        if known is None:
            link = self.link
            known = self._sinks_imported[id(spec)] = link is not None and any(
                link.workspace.takes(target, spec, link.depth) for target in link.targets())
        return known

    def imported_calls(self, spec: TaintSpec) -> list[tuple[object, Summary]]:
        """(call, summary) of the calls of imported workspace functions that return request
        data or pass a parameter to a sink."""
        return self._imported_where(spec, self._imported_calls, self.imported,
                                    lambda summary: summary.source is not None or summary.sinks)

    def imported_sources(self, spec: TaintSpec) -> list[tuple[object, Summary]]:
        """(call, summary) of the calls of imported workspace functions that return request
        data: only the functions of modules data enters are summarised (see ModuleLink.source),
        the question asked of every file a rule runs on."""
        return self._imported_where(spec, self._imported_sources, lambda callee, spec: self.link.source(
            callee, spec, self.specs), lambda summary: summary.source is not None)

    def calls_giving(self, spec: TaintSpec) -> bool:
        """Whether the file calls an imported workspace function that may return request
        data (see ModuleLink.may_give: nothing summarised)."""
        if self.link is None or not spec.imports:
            return False
        callees = {c.field("function").text() for c in self.find(self.configs.calls) if c.field("function") is not None}
        return any(self.link.may_give(callee, spec, self.specs) for callee in callees)

    def _imported_where(self, spec: TaintSpec, found: dict[int, list], summarise, wanted) -> list[tuple[object, Summary]]:
        """(call, summary) of the calls of imported workspace functions whose summary
        (``summarise(callee text, spec)``) is ``wanted``, kept in ``found`` by rule; none for a
        rule with ``taint.imports: false``."""
        if self.link is None or not spec.imports:
            return []
        if id(spec) not in found:
            calls = []
            for call in self.find(self.configs.calls):
                callee = call.field("function")
                summary = summarise(callee.text(), spec) if callee is not None else None
                if summary is not None and wanted(summary):
                    calls.append((call, summary))
            found[id(spec)] = calls
        return found[id(spec)]

    def helpers(self) -> dict[str, object]:
        """Functions defined in the file, by name (for one level of return-value flow), a
        class's methods also by `Class.method`; a JavaScript module's default export (`export default function ...`, `module.exports =
        (line) => ...`, either naming a function of the file) also as "default", what a
        default import or a `require` of the module calls."""
        if self._helpers is None:
            helpers: dict[str, object] = {}
            for scope in self.find(self.configs.scopes):
                name = scope.field("name")
                if name is None and scope.parent() is not None and scope.parent().kind() in self.g.assignments:
                    target_field = self.g.assignments[scope.parent().kind()][0]
                    name = scope.parent().field(target_field)
                if self.g.requires and (keyed := object_function(scope)) is not None:  # (`fileService.streamByName`)
                    helpers.setdefault(keyed, scope)
                if name is not None:
                    helpers.setdefault(last_name(name.text()), scope)
                    if (owner := owner_name(scope)) is not None:  # `Fixed.transform`: its class's (typed_callee) or namespace's
                        helpers.setdefault(f"{owner}.{last_name(name.text())}", scope)
            helpers.update(model_statics(self.root, helpers) if self.g.requires else {})  # (`Task.findForOwner`: Mongoose)
            helpers = with_default_helpers(self.root, self.g, helpers)
            self._helpers = helpers
        return self._helpers

    def instances(self) -> dict[str, str]:
        """Variable name -> the class of this file's or another's it holds an instance of."""
        if self._instances is None:
            self._instances = instance_classes(self.root.text(), typed=self.search.language == "python")
        return self._instances

    def method_of(self, callee: str):
        """The node of the method of a class of this file a call's callee names through the
        class or an instance of it (`Test().do_something`, `t.do_something` with `t = Test()`,
        `Test.do_something`, `Controller.parse`; see helpers), so the method's summary, not the
        bare name's, says what it returns; None for any other callee."""
        named = typed_callee(callee, self.instances()) or callee
        return self.helpers().get(named) if "." in named else None

    def aliases(self) -> set[tuple[str, str]]:
        """(name, alias) of the imported names this file renames (see taint_aliases)."""
        if self._aliases is None:
            self._aliases = file_aliases(self.root, self.g)
        return self._aliases

    def parameters(self, scope) -> list[tuple[object, list]]:
        """(parameter node, its name nodes) of a function."""
        params = scope.field("parameters") or scope.field("parameter")
        if params is None:
            return []
        nodes = [params] if params.kind() in self.g.names else params.children()
        out = []
        for param in nodes:
            if not param.is_named() or param.kind() in ("comment", "decorator"):
                continue
            named = param
            if param.kind() not in self.g.names:
                for name_field in self.g.parameter_name_fields:
                    if param.field(name_field) is not None:
                        named = param.field(name_field)
                        break
            if named.kind() in self.g.names:
                out.append((param, [named]))
            else:
                idents = named.find_all(**self.configs.names)
                if named is param and idents and param.kind() not in self.g.destructuring:  # `b: int`, `*args`: the first name is the parameter
                    idents = idents[:1]
                out.append((param, list(idents)))
        return out
