"""Taint rules: untrusted input that reaches a sink within one function.

postil's extension of ast-grep rules: a rule with a ``taint:`` key names ``sources``,
``sinks``, ``sanitizers`` and optional ``propagators``, each a list of ast-grep rules.
Flow is followed inside one function (and the module top level), along each of its paths
(branches joined, loops to a fixpoint, literal conditions folded: see taint_paths):
assignments (plain, augmented, unpacking, destructuring, ``for`` targets), reads of
tainted names anywhere inside an expression (so attribute and subscript reads, string
building, containers and calls all carry taint), mutating calls such as ``append``
or ``push``, closures reading their enclosing function's names, and the return value
of a helper defined in the same file (one level). A node inside a sanitizer match is
clean. Language specifics live in the :class:`Grammar` tables below.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from postil.analyzers.rules import taint_elements as elements
from postil.analyzers.rules.search import SharedSearch, ascii_rule
from postil.analyzers.rules.taint_fold import case_matches, evaluate, fold
from postil.analyzers.rules.taint_paths import JAVASCRIPT_PATHS, PYTHON_PATHS, PathKinds, PathWalk
from postil.analyzers.rules.taint_paths import span as _span
from postil.core.userregex import Program, UserRegexError, compile_pattern, escape

# --- the rule's taint key ---------------------------------------------------------


@dataclass(frozen=True)
class ParameterSource:
    """Parameters of functions matching ``function`` (an ast-grep rule on the function
    node), whose node matches ``rule`` and whose name matches ``name`` and not ``not_name``
    (regexes: RE2, read as ast-grep reads a rule's; see postil.core.userregex)."""

    function: dict | None = None
    rule: dict | None = None
    name: Program | None = None
    label: str | None = None  # what the data is, when not the spec's label
    unless: str | None = None  # a regex on the function's text, `{name}` the parameter's: then it is not a source
    not_name: Program | None = None

    def takes(self, name: str) -> bool:
        """Whether a parameter called ``name`` may be a source (its name alone says)."""
        return (self.name is None or self.name.found(name)) and (self.not_name is None or not self.not_name.found(name))


@dataclass(frozen=True)
class Matcher:
    """One ast-grep rule of a taint list, with its constraints; ``focus`` names the
    metavariables a sink checks (none: the whole match); ``source``/``target`` are a
    propagator's metavariables."""

    config: dict
    focus: tuple[str, ...] = ()
    source: str | None = None
    target: str | None = None
    label: str | None = None  # a source's own label
    unsafe: bool = False  # a guard check that holds for unsafe data (`".." in name`)


@dataclass(frozen=True)
class TaintSpec:
    label: str
    sources: tuple[Matcher, ...]
    parameters: tuple[ParameterSource, ...]
    sinks: tuple[Matcher, ...]
    sanitizers: tuple[Matcher, ...] = ()
    propagators: tuple[Matcher, ...] = ()
    guards: tuple[Matcher, ...] = ()  # checks: what they read is clean where they hold (see FileTaint._guard_events)
    report: str = "sink"  # where a flow is reported: at its sink, or at its source (the value that is the problem)

    def configs(self) -> list[dict]:
        """Every ast-grep rule the spec holds, as find_all configs (for compile checks)."""
        configs = [m.config for m in (*self.sources, *self.sinks, *self.sanitizers, *self.propagators, *self.guards)]
        for p in self.parameters:
            configs.extend({"rule": t} for t in (p.function, p.rule) if t)
        return configs


_ITEM_KEYS = {"focus", "constraints", "from", "to", "label", "unsafe"}
_LISTS = ("sources", "sinks", "sanitizers", "propagators", "guards")


def parse_taint(value: object, check_tree: Callable[[object, str], str | None]) -> TaintSpec | str:
    """A ``taint:`` mapping as a :class:`TaintSpec`, or the problem with it.
    ``check_tree`` validates one ast-grep rule tree (the loader's checker)."""
    if not isinstance(value, dict):
        return "`taint` must be a mapping with sources and sinks"
    unknown = set(value) - {*_LISTS, "label", "report"}
    if unknown:
        return f"unknown key `{min(unknown)}` in `taint`"
    if value.get("report", "sink") not in ("sink", "source"):
        return "`taint.report` must be `sink` or `source`"
    lists: dict[str, list] = {}
    for key in _LISTS:
        items = value.get(key) or []
        if not isinstance(items, list):
            return f"`taint.{key}` must be a list of ast-grep rules"
        lists[key] = items
    if not lists["sources"] or not lists["sinks"]:
        return "`taint` needs at least one source and one sink"
    parsed: dict[str, list] = {key: [] for key in _LISTS}
    parameters = []
    for key, items in lists.items():
        for i, item in enumerate(items):
            where = f"taint.{key}[{i}]"
            if not isinstance(item, dict):
                return f"`{where}` must be a mapping"
            if key == "sources" and "parameter" in item:
                built = _parameter_source(item["parameter"], f"{where}.parameter", check_tree)
                if isinstance(built, str):
                    return built
                parameters.append(built)
                continue
            tree = {k: v for k, v in item.items() if k not in _ITEM_KEYS}
            problem = check_tree(tree, where)
            if problem:
                return problem
            config = {"rule": tree}
            if item.get("constraints"):
                config["constraints"] = item["constraints"]
            focus = item.get("focus") or ()
            focus = (focus,) if isinstance(focus, str) else tuple(focus)
            names = [n.lstrip("$") for n in (*focus, item.get("from"), item.get("to")) if n]
            if not all(isinstance(n, str) and n for n in names):
                return f"`{where}`: focus, from and to name metavariables such as $ARG"
            if "unsafe" in item and key != "guards":
                return f"`{where}`: only guards take `unsafe`"
            if key == "propagators" and not (item.get("from") and item.get("to")):
                return f"`{where}` needs `from` and `to` metavariables"
            parsed[key].append(Matcher(config, tuple(f.lstrip("$") for f in focus),
                                       (item.get("from") or "").lstrip("$") or None,
                                       (item.get("to") or "").lstrip("$") or None,
                                       str(item["label"]) if item.get("label") else None,
                                       bool(item.get("unsafe"))))
    label = value.get("label", "untrusted input")
    return TaintSpec(str(label), tuple(parsed["sources"]), tuple(parameters), tuple(parsed["sinks"]),
                     tuple(parsed["sanitizers"]), tuple(parsed["propagators"]), tuple(parsed["guards"]),
                     value.get("report", "sink"))


_PARAMETER_KEYS = {"function", "rule", "name", "not-name", "label", "unless"}


def _parameter_source(value: object, where: str, check_tree) -> ParameterSource | str:
    if not isinstance(value, dict) or not set(value) <= _PARAMETER_KEYS or not value:
        return (f"`{where}` takes `function`, `rule` (ast-grep rules), `name`, `not-name` and `unless` (regexes) "
                "and `label`")
    for key in ("function", "rule"):
        if key in value:
            problem = check_tree(value[key], f"{where}.{key}")
            if problem:
                return problem
    programs: dict[str, Program] = {}
    for key in ("name", "not-name", "unless"):
        try:
            if key in value:
                programs[key] = compile_pattern(str(value[key]).replace("{name}", "x"))
        except UserRegexError as exc:
            return f"`{where}.{key}` is not a valid regex here: {exc}"
    return ParameterSource(value.get("function"), value.get("rule"), programs.get("name"),
                           str(value["label"]) if value.get("label") else None,
                           str(value["unless"]) if "unless" in value else None, programs.get("not-name"))


@lru_cache(maxsize=1024)
def _unless_program(unless: str, name: str) -> Program:
    """A parameter source's ``unless`` for the parameter ``name`` (checked when the rule loaded)."""
    return compile_pattern(unless.replace("{name}", escape(name)))


# --- language tables ------------------------------------------------------------


@dataclass(frozen=True)
class Grammar:
    """What the engine needs to know about one tree-sitter grammar."""

    scopes: frozenset[str]  # function-like nodes: one analysis each
    names: frozenset[str]  # nodes that read a variable by name
    assignments: dict[str, tuple[str, str, bool]]  # kind -> (target field, value field, augmented)
    loops: dict[str, tuple[str, str]]  # kind -> (target field, value field): the target takes the value's taint
    sequences: frozenset[str]  # unpacking targets and literal sequences paired item by item
    members: frozenset[str]  # attribute/subscript-like nodes (their object comes first)
    not_reads: frozenset[tuple[str, str]]  # (parent kind, field) where a name is not a read
    call: str
    returns: str
    exits: frozenset[str]  # statements that leave the function (a guard's body ends with one)
    receivers: frozenset[str]  # self/this: `self.x` is tracked as its own name
    parameter_name_fields: tuple[str, ...] = ("name", "pattern", "left")
    mutators: frozenset[str] = frozenset()  # methods that put their argument into the receiver
    imports_as: tuple[str, str, str] | None = None  # (kind, name field, alias field) of `import x as y`
    conditionals: tuple[tuple[str, int], ...] = ()  # (ternary kind, index of its condition among named children)
    indexes: tuple[str, str] | None = None  # (subscript kind, index field): `table[key]` is the table's value
    requires: bool = False  # `const {exec: run} = require("child_process")`, `promisify(exec)`, `import * as cp`
    # where a guard's check holds: (kind, operator) of negation, (kind, `and`, `or`) of boolean
    # operators, the branching statements (condition, consequence and alternative fields),
    # the else clause and the assert statement
    negation: tuple[str, str] = ("", "")
    boolean: tuple[str, str, str] = ("", "", "")
    branches: frozenset[str] = frozenset()
    else_clause: str = ""
    asserts: str = ""
    comprehensions: frozenset[str] = frozenset()  # their `body` is what they yield
    paths: PathKinds = PYTHON_PATHS  # the statements a function's paths branch at (see taint_paths)
    globals: tuple[str, str] | None = None  # (kind, keyword) of the statement that makes a name global
    folds: bool = False  # conditions on literals and local constants are folded (see taint_fold)
    # containers whose elements are followed one by one (see taint_elements): literal kinds
    # of tables and lists, their (key, value) pair kind, the list methods that add at the
    # end and that take out (-> the index they take by default, None: the last), methods that
    # move elements around, and whether `m.key` is the element "key" (JavaScript objects)
    tables: frozenset[str] = frozenset()
    lists: frozenset[str] = frozenset()
    pair: str = "pair"
    appends: str = ""
    removes: tuple[tuple[str, int | None], ...] = ()
    reshapers: frozenset[str] = frozenset()
    fields_are_keys: bool = False


PYTHON = Grammar(
    scopes=frozenset({"function_definition", "lambda"}),
    names=frozenset({"identifier"}),
    assignments={"assignment": ("left", "right", False), "augmented_assignment": ("left", "right", True),
                 "named_expression": ("name", "value", False)},
    loops={"for_statement": ("left", "right"), "for_in_clause": ("left", "right")},
    sequences=frozenset({"pattern_list", "tuple_pattern", "list_pattern", "expression_list", "tuple", "list"}),
    members=frozenset({"attribute", "subscript"}),
    not_reads=frozenset({("attribute", "attribute"), ("keyword_argument", "name")}),
    call="call",
    returns="return_statement",
    exits=frozenset({"return_statement", "raise_statement", "continue_statement", "break_statement"}),
    receivers=frozenset({"self", "cls"}),
    mutators=frozenset({"append", "extend", "insert", "add", "update", "setdefault", "write", "writelines", "set"}),
    imports_as=("aliased_import", "name", "alias"),
    conditionals=(("conditional_expression", 1),),
    indexes=("subscript", "subscript"),
    negation=("not_operator", "not"),
    boolean=("boolean_operator", "and", "or"),
    branches=frozenset({"if_statement", "elif_clause"}),
    else_clause="else_clause",
    asserts="assert_statement",
    comprehensions=frozenset({"generator_expression", "list_comprehension", "set_comprehension",
                              "dictionary_comprehension"}),
    folds=True,
    globals=("global_statement", "global"),
    tables=frozenset({"dictionary"}),
    lists=frozenset({"list"}),
    appends="append",
    removes=(("pop", None),),
    reshapers=frozenset({"insert", "extend", "remove", "reverse", "sort", "clear"}),
)

JAVASCRIPT = Grammar(
    scopes=frozenset({"function_declaration", "function_expression", "arrow_function",
                      "method_definition", "generator_function_declaration", "generator_function"}),
    names=frozenset({"identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern"}),
    assignments={"variable_declarator": ("name", "value", False), "assignment_expression": ("left", "right", False),
                 "augmented_assignment_expression": ("left", "right", True)},
    loops={"for_in_statement": ("left", "right")},
    sequences=frozenset({"array_pattern", "array"}),
    members=frozenset({"member_expression", "subscript_expression"}),
    not_reads=frozenset(),
    call="call_expression",
    returns="return_statement",
    exits=frozenset({"return_statement", "throw_statement", "continue_statement", "break_statement"}),
    receivers=frozenset({"this"}),
    mutators=frozenset({"push", "unshift", "concat", "set", "append", "add", "write"}),
    imports_as=("import_specifier", "name", "alias"),
    conditionals=(("ternary_expression", 0),),
    indexes=("subscript_expression", "index"),
    requires=True,
    negation=("unary_expression", "!"),
    boolean=("binary_expression", "&&", "||"),
    branches=frozenset({"if_statement"}),
    else_clause="else_clause",
    paths=JAVASCRIPT_PATHS,
    tables=frozenset({"object"}),
    lists=frozenset({"array"}),
    appends="push",
    removes=(("pop", None), ("shift", 0)),
    reshapers=frozenset({"unshift", "splice", "reverse", "sort", "fill", "copyWithin"}),
    fields_are_keys=True,
)

GRAMMARS = {"python": PYTHON, "javascript": JAVASCRIPT, "typescript": JAVASCRIPT, "tsx": JAVASCRIPT}


# --- the analysis -----------------------------------------------------------------


@dataclass(frozen=True)
class Origin:
    """Where tainted data entered: a source match or a source parameter."""

    start: int
    end: int
    line: int  # 0-based
    text: str
    label: str | None = None  # what the data is (None: the rule's label)


@dataclass(frozen=True)
class _Parameter(Origin):
    """A helper's own parameter, by position (for pass-through summaries and sinks
    inside helpers)."""

    index: int = -1


def _is_parameter(origin: Origin | None) -> bool:
    return isinstance(origin, _Parameter)


@dataclass(frozen=True)
class TaintHit:
    """A sink whose focus is tainted, and the source the data came from."""

    start: int
    end: int
    sink: str
    origin: Origin


def _key(node) -> tuple[int, int, str]:
    r = node.range()
    return r.start.index, r.end.index, node.kind()


def _origin(node, label: str | None = None) -> Origin:
    r = node.range()
    text = " ".join(node.text().split())
    return Origin(r.start.index, r.end.index, r.start.line, text if len(text) <= 40 else text[:37] + "...", label)


def _module_name(text: str) -> str:
    """A module specifier's name as rules spell it (`"node:child_process"` → child_process)."""
    return text.strip("'\"`").removeprefix("node:")


_SPREADS = frozenset({"list_splat", "dictionary_splat", "spread_element"})  # `*xs`, `**m`, `...xs`: how many is not known
_BRANCHING = re.compile(r"\b(if|for|while|do|try|match|switch)\b")  # the words of statements with several paths
_PREDICATE = re.compile(r"(^|_)(is|has|starts?with|ends?with|(full)?match|search|valid|allowed|safe|contains|exists)",
                        re.IGNORECASE)  # a call named so answers a check about its argument


def _last_name(text: str) -> str:
    return re.split(r"[.\s\[(]", text.strip().rstrip(")]"))[-1] or text


@dataclass
class _Event:
    position: int
    target: object
    value: object | None  # None: the target takes ``origin`` (a propagator or mutating call)
    augmented: bool = False
    origin_of: object | None = None
    clears: tuple[str, ...] = ()  # names a guard has checked: clean from here on
    derived: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (cleared name, names it was computed from)
    ends: "_Event | None" = None  # the clear whose region ends here: its names get their taint back
    branch: tuple[int, int] | None = None  # a clear on the path through this `if` that takes none of its arms
    method: str = ""  # a method call's: `append` of `xs.append(v)`
    looped: bool = False  # the call is inside a loop of its function


@dataclass
class Summary:
    """What a function does with data, for one rule: its result is tainted from ``source``,
    or from its arguments (``passes``); and the parameters it passes to a sink."""

    source: Origin | None = None
    passes: bool = False
    returns: bool = False  # returns a value somewhere
    sinks: tuple[tuple[int, str, str], ...] = ()  # (position, name, sink) of each parameter that reaches a sink


def _kinds(kinds) -> dict:
    return {"any": [{"kind": k} for k in sorted(kinds)]}


@dataclass(frozen=True)
class _GrammarConfigs:
    """The ast-grep rules the engine itself searches with, per grammar (built once, so
    the shared search knows them again)."""

    scopes: dict
    names: dict
    reads: dict
    events: dict
    mutations: dict | None
    calls: dict
    conditionals: tuple[tuple[dict, int], ...]  # (config of a ternary kind, index of its condition)
    indexes: tuple[dict, str] | None  # (config of the subscript kind, its index field)
    comprehensions: dict | None


_CONFIGS: dict[int, _GrammarConfigs] = {}
_REQUIREMENTS: dict[int, tuple[dict, object, tuple[str, ...]]] = {}  # id(config) -> (config, requirement, literals)
_SAME_REQUIREMENTS: dict[str, object] = {}  # repr -> the one object for equal requirements (rules repeat their sources)


def _requirement(config: dict) -> tuple[object, tuple[str, ...]]:
    """The literals a text must hold for ``config`` (its rule and its constraints) to match,
    and each literal it names (cached; None: no need)."""
    cached = _REQUIREMENTS.get(id(config))
    if cached is None or cached[0] is not config:
        from postil.analyzers.rules.loader import all_of, required_literals, requirement_literals

        if len(_REQUIREMENTS) >= 20_000:
            _REQUIREMENTS.clear()
            _SAME_REQUIREMENTS.clear()
        utils = config.get("utils") or {}  # a constraint must hold too: `$F` of `$M.$F(...)` names the call
        requirement = all_of([required_literals(config.get("rule"), utils)]
                             + [required_literals(c, utils) for c in (config.get("constraints") or {}).values()])
        requirement = _SAME_REQUIREMENTS.setdefault(repr(requirement), requirement)
        cached = _REQUIREMENTS[id(config)] = (config, requirement, tuple(sorted(requirement_literals(requirement))))
    return cached[1], cached[2]


_FUNCTIONS: dict[tuple[int, int], tuple[ParameterSource, dict]] = {}
_SPEC_FUNCTIONS: dict[tuple[int, int], tuple[TaintSpec, list]] = {}  # (id of a spec, of a grammar) -> its function configs
_LITERAL_INDEXES: dict[tuple[int, ...], tuple[list, object, dict]] = {}  # ids of a grammar and specs -> (specs, index, see FileFacts._alike)
_ASCII_RULES: dict[str, dict] = {}  # a parameter rule's content -> the rule spelt for ASCII text


def _grammar_configs(g: Grammar) -> _GrammarConfigs:
    if id(g) not in _CONFIGS:
        mutators = "|".join(sorted({*g.mutators, *g.reshapers, *(method for method, _ in g.removes)}))
        _CONFIGS[id(g)] = _GrammarConfigs(
            {"rule": _kinds(g.scopes)}, _kinds(g.names), {"rule": _kinds({*g.names, *g.members, g.call})},
            {"rule": _kinds([*g.assignments, *g.loops])},
            {"rule": {"kind": g.call, "has": {"field": "function", "regex": rf"\.({mutators})$"}}} if mutators else None,
            {"rule": {"kind": g.call}}, tuple(({"rule": {"kind": kind}}, index) for kind, index in g.conditionals),
            ({"rule": {"kind": g.indexes[0]}}, g.indexes[1]) if g.indexes is not None else None,
            {"rule": _kinds(g.comprehensions)} if g.comprehensions else None)
    return _CONFIGS[id(g)]


class FileFacts:
    """What one parsed file's taint rules share: one search for all their sources, then
    (in files where data enters) one for all their sinks, sanitizers, guards and
    propagators; scopes, assignments, names read, helpers and renamed imports."""

    def __init__(self, root, grammar: Grammar, specs, search: SharedSearch, link=None) -> None:
        self.root = root
        self.link = link  # the workspace modules the file imports (see taint_modules.ModuleLink)
        self._imported: dict[tuple[str, int], Summary | None] = {}
        self._imported_calls: dict[int, list] = {}
        self.analyses: dict[int, FileTaint] = {}  # a rule's analysis, by id(spec), when summaries are asked of it
        self.g = grammar
        self.configs = _grammar_configs(grammar)
        self.search = search
        self.specs = list(specs)
        self._scopes: dict[tuple, object] = {}
        self._events: dict[tuple, list[_Event]] = {}
        self._reads: dict[tuple, tuple[list, list, list]] = {}
        self._read_nodes: dict[int, object] = {}  # a name read's start -> its node
        self._element_keys: dict[int, list | None] = {}
        self._helpers: dict[str, object] | None = None
        self._helper_names: dict[tuple, str] | None = None
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
        self._entries: dict[int, list[dict]] = {}  # id(spec) -> see entry_configs
        self._entered: list | None = None  # the rules data enters the file of (see search_sinks)
        self._present: dict[str, bool] | None = None  # literal -> whether the text holds it
        self._possible: dict[int, bool] = {}  # id(config) or id(requirement) -> see possible()
        self._matchers: dict[int, list[Matcher]] = {}  # id(matchers) -> see possible_matchers()
        # id(config) -> (config, possible()), ("matchers", id) -> (matchers, possible_matchers()):
        # shared by the files whose texts hold the same literals
        self._alike: dict[int | tuple, tuple] | None = None
        self.origins: dict[tuple, Origin] = {}
        self.folded: dict[tuple[int, int], bool | None] = {}  # a condition's or case's span -> see FileTaint._fold
        self.constants: dict[tuple, dict] = {}  # a scope's key -> its local constants
        self.entered: dict[tuple[int, int, str], list] = {}  # shared by the rules' path walks (see PathWalk)
        self.search.add(c for spec in self.specs for c in self.entry_configs(spec))

    def entry_configs(self, spec: TaintSpec) -> list[dict]:
        """The configs that tell whether data enters a file: sources and the functions
        whose parameters are sources (those the text may hold, listed once a rule)."""
        if id(spec) not in self._entries:
            self._entries[id(spec)] = [m.config for m in self.possible_matchers(spec.sources)] + \
                [c for c in self.function_configs(spec) if c is not None and self.possible(c)]
        return self._entries[id(spec)]

    def search_sinks(self, everything: bool = False) -> None:
        """Add to the shared search, once, the sinks the text may hold of every rule data
        enters in this file (``everything``: of every rule, for summaries of its functions)."""
        if self._entered is not None:
            return
        self._entered = [spec for spec in self.specs if everything or any(self.find(c) for c in self.entry_configs(spec))
                         or any(s.source is not None for _, s in self.imported_calls(spec))]
        self.search.add(m.config for spec in self._entered for m in self.possible_matchers(spec.sinks))

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
            if any(self.find(m.config) for m in self.possible_matchers(spec.sinks)) or any(
                    s.sinks for _, s in self.imported_calls(spec)):
                configs += [m.config for ms in (spec.sanitizers, spec.guards, spec.propagators)
                            for m in self.possible_matchers(ms)]
        configs += [self.configs.scopes, self.configs.events, self.configs.calls,
                    *(config for config, _ in self.configs.conditionals)]
        configs += [config for config in (self.configs.mutations, self.configs.indexes and self.configs.indexes[0],
                                          self.configs.comprehensions) if config is not None]
        self.search.add(configs)

    def possible(self, config: dict) -> bool:
        """Whether the file's text holds the literals ``config`` needs to match (see
        loader.required_literals): a sink of `ldap` in a file without the word is not
        searched."""
        known = self._possible.get(id(config))
        if known is not None:
            return known
        present = self._present if self._present is not None else self._literals_present()
        shared = self._alike.get(id(config)) if self._alike is not None else None
        if shared is not None and shared[0] is config:
            self._possible[id(config)] = shared[1]
            return shared[1]
        from postil.analyzers.rules.loader import requirement_met  # loader imports this module

        requirement, literals = _requirement(config)
        known = self._possible.get(id(requirement))
        if known is None:
            for literal in literals:
                if literal not in present:  # an aliased config's own literal
                    present[literal] = literal in self.root.text()
            known = self._possible[id(requirement)] = requirement_met(
                requirement, {literal for literal in literals if present[literal]})
        self._possible[id(config)] = known
        if self._alike is not None:
            self._alike[id(config)] = (config, known)
        return known

    def possible_matchers(self, matchers: tuple[Matcher, ...]) -> list[Matcher]:
        """``matchers`` with the file's aliases (see with_aliases), less those whose literals
        the text lacks (see possible): the same for every file holding the same literals,
        so found once for them all (a file's rules ask ~200 times)."""
        known = self._matchers.get(id(matchers))
        if known is None:
            if self._present is None:
                self._literals_present()
            alike = self._alike
            shared = alike.get(("matchers", id(matchers))) if alike is not None else None
            if shared is not None and shared[0] is matchers:
                known = shared[1]
            else:
                known = [m for m in with_aliases(matchers, self.aliases()) if self.possible(m.config)]
                if alike is not None:
                    alike[("matchers", id(matchers))] = (matchers, known)  # holding `matchers` keeps its id
            self._matchers[id(matchers)] = known
        return known

    def _literals_present(self) -> dict[str, bool]:
        """Which literals the rules' own configs name the text holds, found in one pass (a
        search of the text per literal cost ~1 ms a file)."""
        from postil.analyzers.rules.loader import LiteralIndex  # loader imports this module

        key = (id(self.g), *map(id, self.specs))
        cached = _LITERAL_INDEXES.get(key)
        if cached is None:
            if len(_LITERAL_INDEXES) >= 256:  # rule reloads leave old ones behind
                _LITERAL_INDEXES.clear()
            configs = [m.config for spec in self.specs
                       for ms in (spec.sources, spec.sinks, spec.sanitizers, spec.guards, spec.propagators) for m in ms]
            configs += [c for spec in self.specs for c in self.function_configs(spec) if c is not None]
            index = LiteralIndex.of_literals(literal for c in configs for literal in _requirement(c)[1])
            cached = _LITERAL_INDEXES[key] = (self.specs, index, {})  # holds the specs: their ids stay
        index, alike = cached[1], cached[2]
        found = index.present(self.root.text())
        self._present = dict.fromkeys(index.literals, False) | dict.fromkeys(found, True)
        if not self.aliases():  # else a renamed config's own literals are looked up in the text
            if len(alike) >= 1024:
                alike.clear()
            self._alike = alike.setdefault(frozenset(found), {})
        return self._present

    def function_configs(self, spec: TaintSpec) -> list[dict | None]:
        """Per parameter source, the rule its functions match (None: every function)."""
        key = (id(spec), id(self.g))
        if key not in _SPEC_FUNCTIONS:
            if len(_SPEC_FUNCTIONS) >= 4096:  # rule reloads leave old ones behind
                _SPEC_FUNCTIONS.clear()
            _SPEC_FUNCTIONS[key] = (spec, self._function_configs(spec))  # holds spec: its id stays
        return _SPEC_FUNCTIONS[key][1]

    def _function_configs(self, spec: TaintSpec) -> list[dict | None]:
        out = []
        for p in spec.parameters:
            if p.function is None:
                out.append(None)
                continue
            key = (id(p), id(self.g))
            if key not in _FUNCTIONS:
                if len(_FUNCTIONS) >= 4096:  # rule reloads leave old ones behind
                    _FUNCTIONS.clear()
                _FUNCTIONS[key] = (p, {"rule": {"all": [self.configs.scopes["rule"], p.function]}})  # holds p: its id stays
            out.append(_FUNCTIONS[key][1])
        return out

    def find(self, config: dict) -> list:
        return self.search.find(config) if self.possible(config) else []

    def find_first(self, configs: list[dict]) -> list[tuple[object, int]]:
        """(node, index of the first config it matches) for nodes matching any of
        ``configs``, in document order."""
        first: dict[tuple, tuple[int, object]] = {}
        for i, config in enumerate(configs):
            for node in self.find(config):
                first.setdefault(_key(node), (i, node))
        return [(node, i) for i, node in sorted(first.values(), key=lambda f: (_span(f[1])[0], -_span(f[1])[1]))]

    def scope_of(self, node):
        """The nearest function around ``node`` (None: the module)."""
        key = _key(node)
        if key in self._scopes:
            return self._scopes[key]
        scope = None
        parent = node.parent()
        while parent is not None:
            if parent.kind() in self.g.scopes:
                scope = parent
                break
            parent = parent.parent()
        self._scopes[key] = scope
        return scope

    def in_scope(self, node, scope) -> bool:
        own = self.scope_of(node)
        return own is None if scope is None else own is not None and _key(own) == _key(scope)

    def events(self, scope) -> list[_Event]:
        """Assignments, loop targets and mutating calls (``xs.append(v)``) directly in
        ``scope``, in order (found once for the file, for all scopes)."""
        if not self._events:
            self._events[("module",)] = []
            for n in self.find(self.configs.events):
                event = None
                if n.kind() in self.g.assignments:
                    target_field, value_field, augmented = self.g.assignments[n.kind()]
                    target, value = n.field(target_field), n.field(value_field)
                    if target is not None and value is not None:
                        event = _Event(_span(n)[1], target, value, augmented)
                else:
                    target_field, value_field = self.g.loops[n.kind()]
                    target, value = n.field(target_field), n.field(value_field)
                    if target is not None and value is not None:
                        event = _Event(_span(value)[1], target, value)
                if event is not None:
                    self._events.setdefault(self.scope_key(n), []).append(event)
            for call in self.find(self.configs.mutations) if self.configs.mutations is not None else ():
                callee, args = call.field("function"), call.field("arguments")
                receiver = callee.child(0) if callee is not None else None
                if receiver is not None and args is not None:
                    method = _last_name(callee.text())
                    removes = any(method == name for name, _ in self.g.removes)
                    self._events.setdefault(self.scope_key(call), []).append(_Event(
                        _span(self._statement_of(call) if removes else call)[1], receiver, None, True, args, method=method,
                        looped=method == self.g.appends and self._looped(call)))
            if re.search(r"\bdel\s", self.root.text()):
                for statement in self.root.find_all(kind="delete_statement"):  # `del xs[0]`: the positions move
                    for target in statement.find_all(kind="subscript"):
                        if target.child(0) is not None and target.child(0).kind() in self.g.names:
                            self._events.setdefault(self.scope_key(statement), []).append(
                                _Event(_span(statement)[1], target.child(0), None, True, target, method="del"))
            for events in self._events.values():
                events.sort(key=lambda e: e.position)
        return self._events.get(_key(scope) if scope is not None else ("module",), [])

    def _statement_of(self, node):
        """The expression or simple statement ``node`` is part of, up to a block or a
        branching statement (`bar = xs.pop(0) + "x"`: a value read before the pop takes effect)."""
        parent = node.parent()
        stops = {*self.g.paths.blocks, *self.g.scopes, self.g.paths.branches, *self.g.paths.elses, *self.g.paths.loops,
                 self.g.paths.tries, self.g.paths.matches, self.g.paths.switches, *self.g.paths.ends}
        while parent is not None and parent.kind() not in stops:
            node, parent = parent, parent.parent()
        return node

    def _looped(self, node) -> bool:
        """Whether ``node`` is inside a loop of its function."""
        parent = node.parent()
        while parent is not None and parent.kind() not in self.g.scopes:
            if parent.kind() in self.g.paths.loops:
                return True
            parent = parent.parent()
        return False

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
            return [field.text()] if self.g.fields_are_keys and field.kind() == "property_identifier" else None
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

    def shared_writes(self) -> dict[str, list[tuple[object, _Event]]]:
        """(scope, assignment) of the state functions share, by what the assignment writes:
        members (`g.cmd = ...`, `self.cmd = ...`) and names a function declares `global`."""
        if self._shared is None:
            self.events(None)
            declared: set[tuple[tuple, str]] = set()  # (scope key, name) of `global name`
            if self.g.globals and re.search(rf"\b{self.g.globals[1]}\b", self.root.text()):
                for statement in self.root.find_all(kind=self.g.globals[0]):
                    declared.update((self.scope_key(statement), n.text())
                                    for n in statement.named_children() if n.kind() in self.g.names)
            shared: dict[str, list] = {}
            for key, events in self._events.items():
                for event in events:
                    kind = event.target.kind()
                    if event.value is not None and (kind in self.g.members or (
                            kind in self.g.names and (key, event.target.text()) in declared)):
                        shared.setdefault(event.target.text(), []).append((self.scope_of(event.target), event))
            self._shared = shared
        return self._shared

    def branches(self, scope) -> bool:
        """Whether a function's text holds a word of a statement with several paths."""
        key = _key(scope)
        if key not in self._branching:
            self._branching[key] = _BRANCHING.search(scope.text()) is not None
        return self._branching[key]

    def aborts(self) -> frozenset[int]:
        """Where the calls to `abort` (`abort(404)`, `flask.abort(403)`) start: a statement
        that is one ends its path."""
        if self._aborts is None:
            self._aborts = frozenset(_span(call)[0] for call in self.calls_of("abort")
                                     if re.fullmatch(r"(\w+\.)*abort", call.field("function").text())) \
                if "abort" in self.root.text() else frozenset()
        return self._aborts

    def scope_key(self, node) -> tuple:
        scope = self.scope_of(node)
        return _key(scope) if scope is not None else ("module",)

    def reads(self, node) -> tuple[list, list, list]:
        """What an expression reads: (name, start, end) of variables and of members such as
        ``self.x``, and (callee, start, end, arguments) of calls."""
        key = _key(node)
        if key not in self._reads:
            names, members, calls = [], [], []
            for n in node.find_all(self.configs.reads):  # one traversal for the three
                kind = n.kind()
                if kind in self.g.names:
                    if self._is_read(n):
                        names.append((n.text(), *_span(n)))
                        self._read_nodes[names[-1][1]] = n
                elif kind in self.g.members:
                    members.append((n.text(), *_span(n)))
                elif n.field("function") is not None:
                    calls.append((n.field("function").text(), *_span(n), n.field("arguments")))
            self._reads[key] = (names, members, calls)
        return self._reads[key]

    def _is_read(self, name) -> bool:
        parent = name.parent()
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
        key = (*_key(node), content)
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

    def comprehensions(self) -> list[tuple[tuple[int, int], object]]:
        """(span, the element it yields) of each comprehension."""
        if self._comprehensions is None:
            self._comprehensions = [(_span(n), n.field("body")) for n in self.find(self.configs.comprehensions)
                                    if n.field("body") is not None] if self.configs.comprehensions else []
        return self._comprehensions

    def helper_names(self) -> dict[tuple, str]:
        """The name of each helper (see helpers), by its node's key."""
        if self._helper_names is None:
            self._helper_names = {_key(scope): name for name, scope in self.helpers().items()}
        return self._helper_names

    def calls_of(self, name: str) -> list:
        """Calls of a function or method named ``name`` (all calls are listed once)."""
        if self._calls is None:
            self._calls = {}
            for call in self.find(self.configs.calls):
                callee = call.field("function")
                if callee is not None and call.field("arguments") is not None:
                    self._calls.setdefault(_last_name(callee.text()), []).append(call)
        return self._calls.get(name, [])

    def imported(self, callee: str, spec: TaintSpec) -> Summary | None:
        """The summary of a function of another workspace module a call's callee names."""
        if self.link is None:
            return None
        key = (callee, id(spec))
        if key not in self._imported:
            self._imported[key] = self.link.summary(callee, spec, self.specs)
        return self._imported[key]

    def imported_calls(self, spec: TaintSpec) -> list[tuple[object, Summary]]:
        """(call, summary) of the calls of imported workspace functions that return request
        data or pass a parameter to a sink."""
        if self.link is None:
            return []
        if id(spec) not in self._imported_calls:
            found = []
            for call in self.find(self.configs.calls):
                callee = call.field("function")
                summary = self.imported(callee.text(), spec) if callee is not None else None
                if summary is not None and (summary.source is not None or summary.sinks):
                    found.append((call, summary))
            self._imported_calls[id(spec)] = found
        return self._imported_calls[id(spec)]

    def helpers(self) -> dict[str, object]:
        """Functions defined in the file, by name (for one level of return-value flow)."""
        if self._helpers is None:
            helpers: dict[str, object] = {}
            for scope in self.find(self.configs.scopes):
                name = scope.field("name")
                if name is None and scope.parent() is not None and scope.parent().kind() in self.g.assignments:
                    target_field = self.g.assignments[scope.parent().kind()][0]
                    name = scope.parent().field(target_field)
                if name is not None:
                    helpers.setdefault(_last_name(name.text()), scope)
            self._helpers = helpers
        return self._helpers

    def aliases(self) -> set[tuple[str, str]]:
        """(name, alias) of the imported names this file renames (`from flask import request as req`)."""
        if self._aliases is None:
            aliases: set[tuple[str, str]] = set()
            text = self.root.text()
            if self.g.imports_as is not None and re.search(r"\sas\s", text):
                kind, name_field, alias_field = self.g.imports_as
                for node in self.root.find_all(kind=kind):
                    name, alias = node.field(name_field), node.field(alias_field)
                    if name is not None and alias is not None:
                        aliases.add((name.text(), alias.text()))
            if self.g.requires and re.search(r"\b(require|promisify|import)\b", text):
                self._module_aliases(aliases)
            self._aliases = aliases
        return self._aliases

    def _module_aliases(self, aliases: set[tuple[str, str]]) -> None:
        """JavaScript's renamings: `const sh = require("child_process")` and `import * as sh`
        (module → sh), `const {exec: run} = require(…)` (exec → run) and
        `const run = util.promisify(cp.exec)` (exec → run)."""
        for decl in self.root.find_all(kind="variable_declarator", has={
                "field": "value", "kind": "call_expression", "regex": r"^(require|(util\.)?promisify)\("}):
            name, call = decl.field("name"), decl.field("value")
            arguments = [a for a in call.field("arguments").named_children() if a.kind() != "comment"]
            if not arguments:
                continue
            if call.field("function").text() != "require":  # promisify(cp.exec)
                if name.kind() == "identifier":
                    aliases.add((_last_name(arguments[0].text()), name.text()))
            elif name.kind() == "identifier":
                aliases.add((_module_name(arguments[0].text()), name.text()))
            elif name.kind() == "object_pattern":
                for pair in name.named_children():
                    key, value = pair.field("key"), pair.field("value")
                    if pair.kind() == "pair_pattern" and value is not None and value.kind() == "identifier":
                        aliases.add((key.text(), value.text()))
        for statement in self.root.find_all(kind="import_statement", has={"kind": "import_clause"}):
            source = statement.field("source")
            clause = next(c for c in statement.children() if c.kind() == "import_clause")
            for part in clause.named_children():
                local = part if part.kind() == "identifier" else \
                    part.find(kind="identifier") if part.kind() == "namespace_import" else None
                if source is not None and local is not None:
                    aliases.add((_module_name(source.text()), local.text()))


_ALIASED: dict[tuple, tuple[tuple, list]] = {}  # (id of a matcher list, aliases) -> (the list, renamed)


def with_aliases(matchers: tuple[Matcher, ...], aliases: set[tuple[str, str]]) -> list[Matcher]:
    """``matchers`` plus, for each one whose patterns or regexes name a renamed import,
    the same matcher with the file's alias."""
    if not aliases:
        return list(matchers)
    key = (id(matchers), tuple(sorted(aliases)))
    if key not in _ALIASED:  # a file is checked again on every save, with the same imports
        if len(_ALIASED) >= 512:
            _ALIASED.clear()
        _ALIASED[key] = (matchers, _renamed(matchers, aliases))  # holding `matchers` keeps its id
    return _ALIASED[key][1]


def _renamed(matchers: tuple[Matcher, ...], aliases: set[tuple[str, str]]) -> list[Matcher]:
    """One renamed copy per alias a matcher names (`sh.exec` renames the module, not
    `exec`, so each renaming stands alone)."""
    def renamed(value, word: re.Pattern, alias: str):
        if isinstance(value, dict):
            return {k: (word.sub(lambda _: alias, v) if k in ("pattern", "regex") and isinstance(v, str)
                        else renamed(v, word, alias)) for k, v in value.items()}
        if isinstance(value, list):
            return [renamed(v, word, alias) for v in value]
        return value

    out = list(matchers)
    for name, alias in sorted(aliases):
        word = re.compile(rf"(?<![\w$.]){re.escape(name)}\b")
        for m in matchers:
            config = renamed(m.config, word, alias)
            if config != m.config:
                out.append(replace(m, config=config))
    return out


class FileTaint:
    """One taint rule's analysis of one parsed file."""

    def __init__(self, spec: TaintSpec, facts: FileFacts) -> None:
        self.spec = spec
        self.facts = facts
        self.g = facts.g
        self.sources: list[tuple[int, int, Origin]] = []
        self.sanitized: list[tuple[int, int]] = []
        self.keys: list[tuple[int, int]] = []  # subscripts' keys (see FileFacts.keys)
        self.judged: list[tuple[int, int]] = []  # spans of the sinks followed (see taint_verdicts)
        self._parameter_functions: list[set | None] | None = None
        self._summaries: dict[str, Summary | None] = {}
        self._events: dict[tuple, list[_Event]] = {}
        self._states: dict[tuple, list[tuple[int, dict[str, Origin]]]] = {}
        self._guards: dict[tuple, list] | None = None
        self._unfollowed: set[tuple] = set()  # scopes with a loop whose state did not settle

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
        return self.facts.possible_matchers(matchers)

    # -- entry point
    def hits(self) -> list[TaintHit]:
        if not self._enter():
            return []  # nothing enters this file
        sinks = self._sink_matches()
        imported = [(call, summary) for call, summary in self.facts.imported_calls(self.spec) if summary.sinks]
        if not sinks and not imported:
            return []
        self.facts.search_flows()
        self._sanitize()
        found = self._imported_sink_hits(imported)
        for match, names in sinks:
            focus = self._focus(match, names)
            start, end = _span(match)
            scope = self.facts.scope_of(match)
            state = self._state_at(scope, start)
            origin = next((o for o in (self._taint_of(n, state, judged=_span(n)) for n in focus)
                           if o is not None and not _is_parameter(o)), None)
            if origin is not None:
                found.append(TaintHit(start, end, self._sink_name(match), origin))
                self.judged.append((start, end))
                continue
            through = self._through_parameters(scope, start, focus)
            for call, helper, origin in through:
                found.append(TaintHit(*_span(call), f"{self._sink_name(match)}` in `{helper}", origin))
            if through or not self._from_outside(scope, start, focus) and self._followed(scope) \
                    and not self._shared_taint(scope, focus):
                self.judged.append((start, end))
        # a sink inside another (`execute(text(q))`) is one finding: keep the innermost
        spans = {(h.start, h.end): h for h in reversed(found)}  # one hit per sink span, the first found
        return [h for span, h in spans.items()
                if not any(other != span and span[0] <= other[0] and other[1] <= span[1] for other in spans)]

    def _enter(self, everything: bool = False) -> bool:
        """Find where data enters (the rule's sources, the calls of imported functions that
        return request data, source parameters); False: it enters nowhere (``everything``:
        search the file's flows anyway)."""
        sources = self._with_aliases(self.spec.sources)
        self.sources = [(*_span(n), self._source_origin(n, label)) for n, label in
                        self._find([m for m in sources if not m.label], [m for m in sources if m.label])]
        self.sources += [(*_span(call), _origin(call, summary.source.label))
                         for call, summary in self.facts.imported_calls(self.spec) if summary.source is not None]
        if not everything and not self.sources and not any(f is None or f for f in self._source_functions()):
            return False
        self.facts.search_sinks(everything)
        return True

    def _sanitize(self) -> None:
        """The spans whose values are clean: sanitizer matches, conditions, dead arms and
        comprehensions of clean elements."""
        self.sanitized = [_span(n) for n, _ in self._find(self._with_aliases(self.spec.sanitizers))]
        self.sanitized += self.facts.conditions() + self._dead_arms()
        self.keys = self.facts.keys()
        # a comprehension yielding only cleaned elements or constants is clean
        # (`" ".join(quote(a) for a in args)`, `",".join("?" for _ in ids)`)
        self.sanitized += [span for span, element in self.facts.comprehensions()
                           if self._is_cut(*_span(element)) or not any(self.facts.reads(element)[:2])]

    @staticmethod
    def _focus(match, names: tuple[str, ...]) -> list:
        """The nodes a sink match checks: its focus metavariables' (none: the whole match)."""
        return [match] if not names else [
            n for name in names
            for n in ([match.get_match(name)] if match.get_match(name) else match.get_multiple_matches(name))
            if n is not None and n.kind() not in (",", "(", ")")]

    def _imported_sink_hits(self, imported: list[tuple[object, Summary]]) -> list[TaintHit]:
        """Calls passing tainted data to an imported function for a parameter it passes to a
        sink (`helpers.run(cmd)`): reported at the call."""
        found = []
        for call, summary in imported:
            state = self._state_at(self.facts.scope_of(call), _span(call)[0])
            for position, name, sink in summary.sinks:
                origin = self._taint_of(self._argument(call, position, name), state)
                if origin is not None and not _is_parameter(origin):
                    callee = call.field("function").text()
                    found.append(TaintHit(*_span(call), f"{sink}` in `{_last_name(callee)[:40]}", origin))
                    break
        return found

    def summary_of(self, name: str) -> Summary | None:
        """What the function ``name`` of this file does with data, its sink parameters
        included (for the modules that import it)."""
        scope = self.facts.helpers().get(name)
        summary = self._summary(name, scope) if scope is not None else None
        if summary is None:
            return None
        parameters = self._parameters(scope)
        if parameters and parameters[0][1] and parameters[0][1][0].text() in self.g.receivers:
            return replace(summary, sinks=())  # a method: its callers' arguments are not by position
        sinks: dict[int, tuple[str, str]] = {}
        for match, names in self._sink_matches():
            if self.facts.in_scope(match, scope):
                for index, parameter in self._parameter_reads(scope, _span(match)[0], self._focus(match, names)).items():
                    sinks.setdefault(index, (parameter, self._sink_name(match)))
        for call, imported in self.facts.imported_calls(self.spec):
            if imported.sinks and self.facts.in_scope(call, scope):
                for position, parameter, sink in imported.sinks:
                    argument = self._argument(call, position, parameter)
                    for index, own in self._parameter_reads(scope, _span(call)[0], [argument] if argument else []).items():
                        sinks.setdefault(index, (own, sink))
        return replace(summary, sinks=tuple((i, n, sink) for i, (n, sink) in sorted(sinks.items())))

    def _dead_arms(self) -> list[tuple[int, int]]:
        """The arms of conditional expressions whose conditions the code fixes
        (`"safe" if 7 * 18 + num > 200 else param`, `num = 106`): their values never flow."""
        dead = []
        for config, index in self.facts.configs.conditionals if self.g.folds else ():
            for node in self.facts.find(config):
                children = node.named_children()
                arms = [c for i, c in enumerate(children) if i != index]
                if len(children) > index and len(arms) == 2:
                    verdict = self._fold(children[index], self.facts.scope_of(node))
                    if verdict is not None:
                        dead.append(_span(arms[1] if verdict else arms[0]))
        return dead

    def _followed(self, scope) -> bool:
        """Whether every path through ``scope`` was followed to the end (a loop whose state
        did not settle within its bound was not): only then is a sink not reached clean."""
        return (_key(scope) if scope is not None else ("module",)) not in self._unfollowed

    def _shared_taint(self, scope, focus: list) -> bool:
        """Whether a sink reads state another function of the file writes with tainted data
        (`g.cmd` set in a `before_request`, `self.cmd` in `__init__`, a global): a flow this
        engine does not follow, so the sink is not proven clean."""
        writes = self.facts.shared_writes()
        if not writes:
            return False
        own = _key(scope) if scope is not None else None
        for node in focus:
            names, members, _ = self.facts.reads(node)
            for text, _, _ in names + members:
                for other, event in writes.get(text, ()):
                    if (_key(other) if other is not None else None) != own and self._taint_of(
                            event.value, self._state_at(other, _span(event.value)[0])) is not None:
                        return True
        return False

    def _sink_matches(self) -> list[tuple[object, tuple[str, ...]]]:
        """(match, focus metavariables) of every sink. A node several sinks without
        constraints match is the first one's only."""
        sinks = self._with_aliases(self.spec.sinks)
        plain = [m for m in sinks if "constraints" not in m.config and m.focus]
        first: dict[tuple, tuple[object, Matcher]] = {}
        for m in plain:
            for match in self.facts.find(m.config):
                first.setdefault(_key(match), (match, m))
        pairs = [(match, m.focus) for match, m in sorted(first.values(), key=lambda f: (_span(f[0])[0], -_span(f[0])[1]))
                 if any(match.get_match(n) or match.get_multiple_matches(n) for n in m.focus)]
        for m in sinks:
            if "constraints" in m.config or not m.focus:
                pairs.extend((match, m.focus) for match in self.facts.find(m.config))
        return pairs

    def _source_origin(self, node, label: str | None) -> Origin:
        """A source match as an origin that quotes the whole read it begins (`request.args`
        → `request.args.get("q")`); shared by the file's rules."""
        key = (*_key(node), label)
        if key not in self.facts.origins:
            self.facts.origins[key] = _origin(self._read_of(node), label)
        return self.facts.origins[key]

    def _read_of(self, node):
        parent = node.parent()
        while parent is not None and (
                (parent.kind() in self.g.members and _span(parent.child(0)) == _span(node))
                or (parent.kind() == self.g.call and parent.field("function") is not None
                    and _span(parent.field("function")) == _span(node))):
            node, parent = parent, parent.parent()
        return node

    def _source_functions(self) -> list[set | None]:
        """Per parameter source, the keys of the functions it applies to (None: all)."""
        if self._parameter_functions is None:
            self._parameter_functions = [None if c is None else {_key(f) for f in self.facts.find(c)}
                                         for c in self.facts.function_configs(self.spec)]
        return self._parameter_functions

    def _sink_name(self, match) -> str:
        if match.kind() == self.g.returns:
            return "return"  # a view returning the data (`return f"<p>{name}</p>"`)
        callee = match.field("function") if match.kind() == self.g.call else None
        target = match.field("left") if callee is None else None
        while target is not None and self.g.indexes is not None and target.kind() == self.g.indexes[0]:
            target = target.child(0)  # `session[key] = v` reaches the session
        return _last_name((callee or target or match).text())[:40]

    # -- scopes
    def _parameters(self, scope) -> list[tuple[object, list]]:
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
                idents = named.find_all(**self.facts.configs.names)
                if named is param and idents:  # `b: int`, `*args`: the first name is the parameter
                    idents = idents[:1]
                out.append((param, list(idents)))
        return out

    def _initial_state(self, scope, as_helper: bool) -> dict[str, Origin]:
        if scope is None:
            return {}
        # closures see their enclosing function's names, functions the module's
        state = dict(self._state_at(self.facts.scope_of(scope), _span(scope)[0]))
        key = _key(scope)
        source_params = [p for p, functions in zip(self.spec.parameters, self._source_functions(), strict=True)
                         if functions is None or key in functions]
        for position, (param, names) in enumerate(self._parameters(scope)):
            for name_node in names:
                name = name_node.text()
                state.pop(name, None)
                if as_helper:
                    state[name] = _Parameter(-1, -1, -1, name, index=position)
                for p in source_params:
                    if p.takes(name) and (p.rule is None or self.facts.matches(param, p.rule)) \
                            and not self._converted(scope, p.unless, name):
                        state[name] = _origin(name_node, p.label)
                        break
        return state

    @staticmethod
    def _converted(scope, unless: str | None, name: str) -> bool:
        """Whether the function's text (with its decorators) says the parameter ``name`` is
        converted before the call (`@app.route("/u/<int:uid>")`)."""
        if unless is None:
            return False
        outer = scope.parent()
        text = (outer if outer is not None and outer.kind().startswith("decorated") else scope).text()
        return _unless_program(unless, name).found(text)

    def _state_at(self, scope, offset: int, as_helper: bool = False) -> dict[str, Origin]:
        """Tainted names of ``scope`` just before ``offset`` on the paths that reach it (the
        states along every path are computed once per scope, see taint_paths)."""
        key = (_key(scope) if scope is not None else ("module",), as_helper)
        if key not in self._states:
            cleared: dict[int, dict[str, Origin]] = {}  # id(clear event) -> what it took away
            events, otherwise = [], {}
            for event in self._scope_events(scope):
                if event.branch is None:
                    events.append(event)
                else:
                    otherwise.setdefault(event.branch, []).append(event)
            walk = PathWalk(self.g.paths, events, lambda e, s: self._step(e, s, cleared),
                            lambda condition: self._fold(condition, scope), otherwise, self._validated,
                            self.facts.aborts(), self.facts.entered,
                            lambda subject, case: self._fold_case(subject, case, scope))
            body = self.facts.root if scope is None else scope.field("body")
            if body is not None and scope is not None and not self.facts.branches(scope):
                body = None  # straight-line code: the events in order are its one path
            states = walk.run(body, self._initial_state(scope, as_helper))
            states.sort(key=lambda s: s[0])
            if not walk.followed:
                self._unfollowed.add(key[0])
            self._states[key] = states
        states = self._states[key]
        return states[bisect.bisect_right(states, offset, key=lambda s: s[0]) - 1][1]

    def _step(self, event: _Event, state: dict[str, Origin], cleared: dict[int, dict[str, Origin]]) -> None:
        """One event on one path: a guard's clear, the end of its region, or a binding."""
        if event.ends is not None:
            for name, origin in cleared.pop(id(event.ends), {}).items():
                state.setdefault(name, origin)
        elif event.clears:
            cleared[id(event)] = self._clear(event, state)
        else:
            self._apply(event, state)

    def _validated(self, condition) -> set[str]:
        """The names a condition checks with a predicate: an argument or receiver of a call
        named like one (`u.startswith(...)`, `is_safe(u)`, `ALLOWED.has(u)`), or a side of
        an `in` test (`u not in ALLOWED`)."""
        if condition is None:
            return set()
        names, _, calls = self.facts.reads(condition)
        spans = [(start, end) for callee, start, end, _ in calls if _PREDICATE.search(_last_name(callee))]
        if re.search(r"\sin\s", condition.text()):
            spans += [_span(c) for c in condition.find_all(kind="comparison_operator") if re.search(r"\sin\s", c.text())]
        return {text for text, s, e in names if any(start <= s and e <= end for start, end in spans)}

    def _fold_case(self, subject, case, scope) -> bool | None:
        """Whether a `case` of literal patterns matches a subject the code fixes (None:
        unknown, or a guard decides)."""
        patterns = [c for c in case.named_children() if c.kind() == "case_pattern"]
        if not self.g.folds or len(patterns) != 1:
            return None
        key = _span(case)
        if key not in self.facts.folded:
            value = evaluate(subject.text(), self._constants(scope))
            verdict = None if value is None else case_matches(value, patterns[0].text())
            self.facts.folded[key] = None if verdict and case.field("guard") is not None else verdict
        return self.facts.folded[key]

    def _fold(self, condition, scope) -> bool | None:
        """Whether a condition is always true or false (None: unknown or not folded here)."""
        if not self.g.folds:
            return None
        key = _span(condition)
        if key not in self.facts.folded:
            self.facts.folded[key] = fold(condition.text(), self._constants(scope))
        return self.facts.folded[key]

    def _constants(self, scope) -> dict[str, int | str]:
        """The names ``scope`` binds once, to a value of literals and the constants bound
        before (`num = 106`, `guess = "ABC"[1]`; not its parameters, nor names it declares
        global or nonlocal)."""
        key = _key(scope) if scope is not None else ("module",)
        if key not in self.facts.constants:
            bound: dict[str, list] = {}
            for event in self.facts.events(scope):
                target = event.target
                names = [target.text()] if target.kind() in self.g.names else \
                    [t for t, _, _ in self.facts.reads(target)[0]]
                for name in names:
                    bound.setdefault(name, []).append(None if event.augmented or target.kind() not in self.g.names
                                                      or event.value is None else event.value)
            parameters = {n.text() for _, names in (self._parameters(scope) if scope is not None else ())
                          for n in names}
            declared = set(re.findall(r"\b(?:global|nonlocal)[ \t]+([\w \t,]+)", (scope or self.facts.root).text()))
            declared = {n.strip() for line in declared for n in line.split(",")}
            constants: dict[str, int | str] = {}
            for name, values in bound.items():  # in the order they are bound: `guess = possible[1]`
                if len(values) == 1 and values[0] is not None and name not in parameters and name not in declared:
                    value = evaluate(values[0].text(), constants) if len(values[0].text()) < 200 else None
                    if value is not None:
                        constants[name] = value
            self.facts.constants[key] = constants
        return self.facts.constants[key]

    def _scope_events(self, scope) -> list[_Event]:
        """The file's events in ``scope`` plus those of this rule's propagators and guards."""
        if not self.spec.propagators and not self.spec.guards:
            return self.facts.events(scope)
        key = _key(scope) if scope is not None else ("module",)
        if key not in self._events:
            events = list(self.facts.events(scope))
            for matcher in self.spec.propagators:
                for match in self.facts.find(matcher.config):
                    source, target = match.get_match(matcher.source), match.get_match(matcher.target)
                    if source is not None and target is not None and self.facts.in_scope(match, scope):
                        events.append(_Event(_span(match)[1], target, None, True, source))
            events += self._guard_events(scope, events)
            events.sort(key=lambda e: e.position)
            self._events[key] = events
        return self._events[key]

    def _guard_events(self, scope, events: list[_Event]) -> list[_Event]:
        """Clears (and their ends) where the rule's guards hold in ``scope``. A guard
        matching an `if` statement (the old form) clears what its condition reads after
        an `if` whose body leaves. A guard matching a check expression clears what the
        check reads where the check is known to hold: inside an `if` it makes true (alone or
        with `and`), in the `else` (and after the `if`, when its body leaves) of one it makes
        false (`not check`, `not check or ...`), and after `assert check`; an ``unsafe``
        check (true for unsafe data: `".." in name`) the other way round. A checked name
        computed from others in the same flow (`parsed = urlparse(url)`) clears them too."""
        out: list[_Event] = []
        if self._guards is None:  # the file's guard matches by scope, the first matcher's
            self._guards = {}
            seen: set[tuple] = set()
            for matcher in self._with_aliases(self.spec.guards):
                for match in self.facts.find(matcher.config):
                    if _key(match) not in seen:
                        seen.add(_key(match))
                        self._guards.setdefault(self.facts.scope_key(match), []).append((match, matcher))
        for match, matcher in self._guards.get(_key(scope) if scope is not None else ("module",), ()):
            if match.kind() in self.g.branches:
                condition = match.field("condition")
                regions = [(_span(match)[1], None, None)] if condition is not None and self._exits(match) else []
                checked = condition
            else:
                regions, checked = self._holds(match, not matcher.unsafe), match
            if not regions:
                continue
            names, members, _ = self.facts.reads(checked)
            texts = tuple(dict.fromkeys(text for text, _, _ in names + members))
            derived = self._derivations(texts, _span(match)[0], events)
            for start, end, branch in regions:
                # a region to the end of the scope starts past its statement (on the paths out of it)
                clear = _Event(start + (end is None), match, None, clears=texts, derived=derived, branch=branch)
                out.append(clear)
                if end is not None:
                    out.append(_Event(end, match, None, ends=clear))
        return out

    def _holds(self, check, safe: bool) -> list[tuple[int, int | None, tuple[int, int] | None]]:
        """Spans (end None: to the end of the scope) where ``check`` is known to say the
        data is safe, or (with a third item, the `if`'s span) the path through an `if` that
        takes none of its arms; ``safe``: the check is true for safe data."""
        node, need = check, safe  # the value `node` must have for the data to be safe
        negation, (boolean, conjunction, disjunction) = self.g.negation, self.g.boolean
        while True:
            parent = node.parent()
            if parent is None:
                return []
            kind = parent.kind()
            operator = parent.field("operator")
            operator = operator.text() if operator is not None else None
            if kind == negation[0] and operator in (None, negation[1]):
                need = not need
            elif kind == boolean and operator == (conjunction if need else disjunction):
                pass  # `a and b` true: both are; `a or b` false: both are
            elif kind in self.g.branches and _span(parent.field("condition") or parent) == _span(node):
                return self._branch_regions(parent, need)
            elif kind == self.g.asserts and need:
                return [(_span(parent)[1], None, None)]
            elif kind != "parenthesized_expression":
                return []
            node = parent

    def _branch_regions(self, branch, need: bool) -> list[tuple[int, int | None, tuple[int, int] | None]]:
        """Where a branch's condition has the value ``need``: its consequence when true,
        and the rest of the scope when its `else` leaves; its `else` (or, with none, the path
        that takes no arm: `if not ok(u): u = "/"`) when false, and the rest of the scope
        when the consequence leaves."""
        consequence = branch.field("consequence")
        if consequence is None:
            return []
        otherwise = next((c for c in branch.children() if c.kind() == self.g.else_clause), None)
        if need:
            regions = [(*_span(consequence), None)]
            leaves = otherwise is not None and self._leaves(otherwise.field("body") or otherwise.named_children()[-1]) \
                and all(c.kind() not in self.g.branches for c in branch.children())  # no `elif` may fall through
        else:
            statement = branch if branch.kind() == "if_statement" else branch.parent()
            regions = [(*_span(otherwise), None)] if otherwise is not None else \
                [(-1, -1, _span(statement))] if statement is not None else []
            leaves = self._leaves(consequence)
        if leaves and branch.kind() == "if_statement":
            regions.append((_span(branch)[1], None, None))
        return regions

    def _derivations(self, names: tuple[str, ...], before: int, events: list[_Event]):
        """(name, names read by the value it was last assigned before ``before``) for each
        checked name and, three levels deep, for those."""
        out, todo = [], list(names)
        for _ in range(3):
            found = []
            for name in todo:
                assigned = next((e for e in reversed(events) if e.position < before and e.value is not None
                                 and e.target.kind() in self.g.names and e.target.text() == name), None)
                if assigned is not None:
                    sources = tuple(t for t, _, _ in self.facts.reads(assigned.value)[0] if t != name)
                    if sources:
                        out.append((name, sources))
                        found.extend(sources)
            todo = found
        return tuple(out)

    def _exits(self, check) -> bool:
        """Whether an `if` without `else` leaves the function (or loop iteration) when taken."""
        return check.field("alternative") is None and self._leaves(check.field("consequence"))

    def _leaves(self, body) -> bool:
        """Whether a body is or ends with return/raise/throw/continue/break, or a call to `abort`."""
        while body is not None and body.kind() in ("block", "statement_block"):
            statements = [n for n in body.named_children() if n.kind() != "comment"]
            body = statements[-1] if statements else None
        if body is None:
            return False
        return body.kind() in self.g.exits or re.match(r"(\w+\.)*abort\(", body.text()) is not None

    # -- transfer
    @staticmethod
    def _clear(event: _Event, state: dict[str, Origin]) -> dict[str, Origin]:
        """Apply a guard's clear: its names, and the names a cleared one was computed from
        that carry the same data; returns what it took away."""
        cleared = set(event.clears)
        for name, sources in event.derived:  # in order: a name, then what it came from
            origin = state.get(name)
            if name in cleared and origin is not None:
                cleared.update(s for s in sources if state.get(s) == origin)
        cleared.update(part for name in list(cleared) for part in elements.parts(state, name))
        return {name: state.pop(name) for name in cleared if name in state}

    def _apply(self, event: _Event, state: dict[str, Origin]) -> None:
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
        elif target.kind() in self.g.names and value.kind() in self.g.tables | self.g.lists \
                and self._build_elements(target.text(), value, state):
            return
        if (target.kind() in self.g.sequences and value.kind() in self.g.sequences
                and len(target.named_children()) == len(value.named_children())):
            for t, v in zip(target.named_children(), value.named_children(), strict=True):
                self._bind(t, self._taint_of(v, state), state, weak=False)
            return
        origin = self._taint_of(value, state)
        self._bind(target, origin, state, weak=event.augmented)

    def _mutate_elements(self, event: _Event, state: dict[str, Origin]) -> bool:
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
        """`m = {"k": v}` or `xs = [a, b]` of literal keys: each element's taint apart
        (False: a spread or a computed key, the container is one value)."""
        items = []
        children = [c for c in value.named_children() if c.kind() != "comment"]
        if len(children) > elements.LARGEST or any(c.kind() in _SPREADS for c in children):
            return False
        for position, child in enumerate(children):
            if value.kind() in self.g.lists:
                key, item = position, child
            elif child.kind() == self.g.pair and child.field("key") is not None:
                name = child.field("key")
                key = name.text() if name.kind() == "property_identifier" else elements.literal_key(name.text())
                item = child.field("value")
            elif child.kind() == "shorthand_property_identifier":
                key, item = child.text(), child
            else:
                return False
            if key is None:
                return False
            items.append((key, self._taint_of(item, state)))
        return elements.built(state, base, items, len(children) if value.kind() in self.g.lists else None)

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

    def _bind(self, target, origin: Origin | None, state: dict[str, Origin], weak: bool) -> None:
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
            element = self._element_target(target)
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

    def _taint_of(self, node, state: dict[str, Origin], judged: tuple[int, int] | None = None) -> Origin | None:
        """The origin of tainted data ``node`` evaluates from (None: clean); ``judged``: the
        span of a sink's focus (see _is_cut)."""
        if node is None:
            return None
        start, end = _span(node)
        names, members, calls = self.facts.reads(node)
        cuts = self._helper_cuts(calls)
        for s, e, origin in self.sources:
            if start <= s and e <= end and not self._is_cut(s, e, cuts, judged):
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
                    if not _is_parameter(origin):
                        return origin
                    found = origin
        return self._helper_taint(calls, state) or found

    # -- local helpers
    def _local_helpers(self, calls: list):
        """(call span, arguments, summary) of the calls to functions of this file and of the
        workspace modules it imports."""
        helpers = self.facts.helpers() if calls else {}
        for callee, start, end, arguments in calls:
            name = _last_name(callee)
            if name not in helpers or ("." in callee and callee.split(".")[0] not in self.g.receivers):
                summary = self.facts.imported(callee, self.spec)
                if summary is not None:
                    yield start, end, arguments, summary
                continue
            summary = self._summary(name, helpers[name])
            if summary is not None:
                yield start, end, arguments, summary

    def _helper_cuts(self, calls: list) -> list[tuple[int, int]]:
        """Argument spans of local helpers whose return values carry none of their input
        (`def safe_next(u): ... return "/"`, `return int(u)`): the call's value is clean."""
        return [_span(arguments) for _, _, arguments, summary in self._local_helpers(calls)
                if arguments is not None and not summary.passes and summary.source is None and summary.returns]

    def _helper_taint(self, calls: list, state) -> Origin | None:
        found = None
        for start, end, arguments, summary in self._local_helpers(calls):
            if self._is_cut(start, end):
                continue
            if summary.source is not None:
                return summary.source
            if summary.passes and arguments is not None:
                origin = self._taint_of(arguments, state)
                if origin is not None and not _is_parameter(origin):
                    return origin
                found = found or origin
        return found

    def _through_parameters(self, scope, offset: int, focus: list) -> list[tuple[object, str, Origin]]:
        """(call, helper name, origin) of the calls in this file that pass tainted data to
        the helper ``scope`` for a parameter its sink at ``offset`` reads
        (`def run(sql): cur.execute(sql)` called as `run("..." + request.args["q"])`): one
        level, as for return values. The call is where the flow is reported."""
        name = self.facts.helper_names().get(_key(scope)) if scope is not None else None
        parameters = self._parameters(scope) if name is not None and self.facts.calls_of(name) else []
        if not parameters:
            return []
        wanted = self._parameter_reads(scope, offset, focus)
        if not wanted:
            return []
        first = parameters[0][1]
        method = int(bool(first) and first[0].text() in self.g.receivers)  # `self` is not passed
        found = []
        for call in self.facts.calls_of(name):
            callee = call.field("function").text()
            if "." in callee and callee.split(".")[0] not in self.g.receivers:
                continue
            caller_state = self._state_at(self.facts.scope_of(call), _span(call)[0])
            for index, parameter in wanted.items():
                origin = self._taint_of(self._argument(call, index - method, parameter), caller_state)
                if origin is not None and not _is_parameter(origin):
                    found.append((call, name, origin))
                    break
        return found

    def _parameter_reads(self, scope, offset: int, focus: list) -> dict[int, str]:
        """Position -> name of the parameters of ``scope`` whose values the ``focus`` nodes
        at ``offset`` read (as they came in, not replaced or cleaned on the way)."""
        state = self._state_at(scope, offset, as_helper=True)
        wanted: dict[int, str] = {}
        for node in focus:
            names, members, calls = self.facts.reads(node)
            cuts = self._helper_cuts(calls)
            for text, s, e in names + members:
                mark = state.get(text)
                if _is_parameter(mark) and not self._is_cut(s, e, cuts):
                    wanted[mark.index] = mark.text
        return wanted

    @staticmethod
    def _argument(call, position: int, parameter: str):
        """A call's argument for the parameter at ``position`` called ``parameter`` (None: not passed)."""
        arguments = [a for a in call.field("arguments").named_children() if a.kind() != "comment"]
        positional = [a for a in arguments if a.kind() != "keyword_argument"]
        keywords = {a.field("name").text(): a.field("value") for a in arguments
                    if a.kind() == "keyword_argument" and a.field("name") is not None}
        return positional[position] if 0 <= position < len(positional) else keywords.get(parameter)

    def _from_outside(self, scope, offset: int, focus: list) -> bool:
        """Whether a sink's data may come from callers this file does not show: it reads a
        parameter of a function the file never calls (a library's entry point), not of a
        handler the rule knows the framework calls (its other parameters are the framework's)."""
        if scope is None:
            return False
        key = _key(scope)
        initial = self._state_at(scope, -1)
        if any(functions is not None and key in functions for functions in self._source_functions()) or any(
                initial.get(n.text()) is not None for _, names in self._parameters(scope) for n in names):
            return False
        name = self.facts.helper_names().get(key)
        if name is not None and self.facts.calls_of(name):
            return False
        state = self._state_at(scope, offset, as_helper=True)
        return any(_is_parameter(state.get(text)) for node in focus
                   for text, _, _ in self.facts.reads(node)[0] + self.facts.reads(node)[1])

    def _summary(self, name: str, scope) -> Summary | None:
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
        for value in returned:
            origin = self._taint_of(value, self._state_at(scope, _span(value)[0], as_helper=True))
            if _is_parameter(origin):
                summary.passes = True
            elif origin is not None:
                summary.source = summary.source or origin
        self._summaries[name] = summary
        return summary


def source_probe(spec: TaintSpec, language: str) -> dict | None:
    """An ast-grep rule that matches wherever a source may be (constraints dropped, so
    it over-approximates), for bulk scans to pick the files worth a flow analysis;
    None when a source cannot be narrowed down so (a parameter of any function)."""
    functions = {"any": [{"kind": k} for k in sorted(GRAMMARS[language].scopes)]}
    trees = [m.config["rule"] for m in spec.sources]
    for p in spec.parameters:
        if p.function is None and p.rule is None:
            return None
        narrowed = [functions] + ([p.function] if p.function else []) \
            + ([{"has": {"stopBy": "end", "any": [p.rule]}}] if p.rule else [])
        trees.append({"all": narrowed})
    return {"any": trees}


def file_facts(root, language: str, specs, search: SharedSearch | None = None, link=None) -> FileFacts | None:
    """What the taint rules ``specs`` share in one parsed file (``root``: its SgNode);
    None for a language the engine does not know. ``search``: the file's shared search,
    so their sources are found in the same traversal as the pattern rules' matches;
    ``link``: the workspace modules it imports (see taint_modules)."""
    grammar = GRAMMARS.get(language)
    if grammar is None:
        return None
    return FileFacts(root, grammar, specs, search or SharedSearch(root, language, root.text().isascii()), link)


def function_summary(facts: FileFacts, spec: TaintSpec, name: str) -> Summary | None:
    """What the function ``name`` of a parsed file does with data for the rule ``spec``
    (None: the file defines no such function)."""
    analysis = facts.analyses.get(id(spec))
    if analysis is None:
        analysis = facts.analyses[id(spec)] = FileTaint(spec, facts)
        analysis._enter(everything=True)
        facts.search_flows()
        analysis._sanitize()
    return analysis.summary_of(name)


def taint_hits(facts: FileFacts | None, spec: TaintSpec) -> list[TaintHit]:
    """Sinks reached by tainted data in one parsed file (see :func:`file_facts`)."""
    return taint_verdicts(facts, spec)[0]


def taint_verdicts(facts: FileFacts | None, spec: TaintSpec) -> tuple[list[TaintHit], list[tuple[int, int]]]:
    """The sinks reached by tainted data, and the spans of every sink the rule followed
    data to: in a file where data enters, a sink not reached (and not reported at a call of
    its helper) is clean as far as the rule can tell, unless a path to it was not followed
    (state another function fills with tainted data, a loop that did not settle)."""
    if facts is None:
        return [], []
    analysis = FileTaint(spec, facts)
    return analysis.hits(), analysis.judged
