"""What the taint engine knows of each language: the tree-sitter node kinds of scopes,
assignments, reads, calls, branches and containers (:class:`Grammar`), and the ast-grep
rules the engine searches a file with, built once per grammar."""

from __future__ import annotations

import re
from dataclasses import dataclass

from postil.analyzers.rules.taint_paths import JAVASCRIPT_PATHS, PYTHON_PATHS, PathKinds


@dataclass(frozen=True)
class Grammar:
    """What the engine needs to know about one tree-sitter grammar."""

    scopes: frozenset[str]  # function-like nodes: one analysis each
    names: frozenset[str]  # nodes that read a variable by name
    # kind -> (target field, value field, augmented); a value field "": the node's first child (`with
    # open(p) as fh`: the target, an `as_pattern_target`, stands for the name or names it holds)
    assignments: dict[str, tuple[str, str, bool]]
    loops: dict[str, tuple[str, str]]  # kind -> (target field, value field): the target takes the value's taint
    sequences: frozenset[str]  # unpacking targets and literal sequences paired item by item
    members: frozenset[str]  # attribute/subscript-like nodes (their object comes first)
    not_reads: frozenset[tuple[str, str]]  # (parent kind, field) where a name is not a read
    call: str
    returns: str
    exits: frozenset[str]  # statements that leave the function (a guard's body ends with one)
    receivers: frozenset[str]  # self/this: `self.x` is tracked as its own name
    parameter_name_fields: tuple[str, ...] = ("name", "pattern", "left")
    destructuring: frozenset[str] = frozenset()  # a parameter that binds each name it holds (`({ url, params }) =>`)
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
    # (kind, operator field) of an `in` test (`u not in ALLOWED`, `name in ALLOWED`): its sides are
    # checked names (see taint_guards.validated); the operator field "" where the kind is all tests
    membership: tuple[str, str] = ("", "")
    branches: frozenset[str] = frozenset()
    else_clause: str = ""
    asserts: str = ""
    comprehensions: frozenset[str] = frozenset()  # their `body` is what they yield
    paths: PathKinds = PYTHON_PATHS  # the statements a function's paths branch at (see taint_paths)
    globals: tuple[str, str] | None = None  # (kind, keyword) of the statement that makes a name global
    folds: str = ""  # the syntax conditions on literals and local constants are folded in (see taint_fold); "": none
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
    deletes: str = ""  # kind of the statement that takes an element out (`del xs[0]`); "": none
    # (case kind, the subject field of the statement around its block): the names a case's
    # pattern captures (`case other:`, `case {"k": v}:`) take the subject's taint; "": none
    captures: tuple[str, str] = ("", "")
    # members of the per-request objects a framework hands every middleware and handler (Express
    # `res.locals.x`, a field added to `req`, Koa `ctx.state.x`): state the functions share though
    # each binds the object as its own parameter; None: none
    request_state: re.Pattern | None = None
    # assignments that declare nothing (JavaScript's `x = v`, `x += v`; `let x = v` declares): a name
    # they write that the function does not bind is the variable of a function around it, or the
    # module's, shared with the other closures that read it (see FileFacts.shared_writes)
    rebinds: frozenset[str] = frozenset()
    # the methods whose callback's first parameter takes the receiver's value: a promise's result
    # (`.then((sort) => ...)`), an array's elements (`files.forEach((file) => ...)`)
    callbacks: re.Pattern = re.compile(r"\.then\Z")
    # functions that copy their later arguments into their first (`Object.assign(opts, req.body)`):
    # the first takes their taint, as a mutating method's receiver does
    copies_into: frozenset[str] = frozenset()
    # the method a call of the class itself runs (Python's `Downloader(url)` runs `__init__`); "": none
    constructor: str = ""
    # whether a wrapper another file calls with request data (`def fetch(url): return requests.get(url)`)
    # is reported at its own sink too (Python: where the flow's sink is written), not only at the calls
    wrapper_sinks: bool = False


PYTHON = Grammar(
    scopes=frozenset({"function_definition", "lambda"}),
    names=frozenset({"identifier"}),
    assignments={"assignment": ("left", "right", False), "augmented_assignment": ("left", "right", True),
                 "named_expression": ("name", "value", False), "as_pattern": ("alias", "", False)},
    loops={"for_statement": ("left", "right"), "for_in_clause": ("left", "right")},
    sequences=frozenset({"pattern_list", "tuple_pattern", "list_pattern", "expression_list", "tuple", "list"}),
    members=frozenset({"attribute", "subscript"}),
    not_reads=frozenset({("attribute", "attribute"), ("keyword_argument", "name")}),
    call="call",
    returns="return_statement",
    exits=frozenset({"return_statement", "raise_statement", "continue_statement", "break_statement"}),
    receivers=frozenset({"self", "cls"}),
    constructor="__init__",
    wrapper_sinks=True,
    mutators=frozenset({"append", "extend", "insert", "add", "update", "setdefault", "write", "writelines", "set",
                        "put", "put_nowait", "appendleft", "extendleft"}),
    imports_as=("aliased_import", "name", "alias"),
    conditionals=(("conditional_expression", 1),),
    indexes=("subscript", "subscript"),
    negation=("not_operator", "not"),
    boolean=("boolean_operator", "and", "or"),
    membership=("comparison_operator", ""),
    branches=frozenset({"if_statement", "elif_clause"}),
    else_clause="else_clause",
    asserts="assert_statement",
    comprehensions=frozenset({"generator_expression", "list_comprehension", "set_comprehension",
                              "dictionary_comprehension"}),
    folds="python",
    globals=("global_statement", "global"),
    tables=frozenset({"dictionary"}),
    lists=frozenset({"list"}),
    appends="append",
    removes=(("pop", None),),
    reshapers=frozenset({"insert", "extend", "remove", "reverse", "sort", "clear"}),
    deletes="delete_statement",
    captures=("case_clause", "subject"),
    # Starlette/FastAPI `request.state.user`, Sanic `request.ctx.user`, Falcon `req.context.user`,
    # aiohttp `request["user"]`: set by a middleware, read by the handlers after it
    request_state=re.compile(r"""(request|req)\.(state|ctx|context)\.\w+|(request|req)\[\s*["'][\w-]+["']\s*\]"""),
)

JAVASCRIPT = Grammar(
    scopes=frozenset({"function_declaration", "function_expression", "arrow_function",
                      "method_definition", "generator_function_declaration", "generator_function"}),
    names=frozenset({"identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern"}),
    assignments={"variable_declarator": ("name", "value", False), "assignment_expression": ("left", "right", False),
                 "augmented_assignment_expression": ("left", "right", True)},
    loops={"for_in_statement": ("left", "right")},
    sequences=frozenset({"array_pattern", "array"}),
    destructuring=frozenset({"object_pattern", "array_pattern"}),
    members=frozenset({"member_expression", "subscript_expression"}),
    not_reads=frozenset(),
    call="call_expression",
    returns="return_statement",
    exits=frozenset({"return_statement", "throw_statement", "continue_statement", "break_statement"}),
    receivers=frozenset({"this"}),
    constructor="constructor",
    mutators=frozenset({"push", "unshift", "concat", "set", "append", "add", "write"}),
    imports_as=("import_specifier", "name", "alias"),
    conditionals=(("ternary_expression", 0),),
    indexes=("subscript_expression", "index"),
    requires=True,
    negation=("unary_expression", "!"),
    boolean=("binary_expression", "&&", "||"),
    membership=("binary_expression", "operator"),
    branches=frozenset({"if_statement"}),
    else_clause="else_clause",
    paths=JAVASCRIPT_PATHS,
    folds="javascript",
    tables=frozenset({"object"}),
    lists=frozenset({"array"}),
    appends="push",
    removes=(("pop", None), ("shift", 0)),
    reshapers=frozenset({"unshift", "splice", "reverse", "sort", "fill", "copyWithin"}),
    fields_are_keys=True,
    rebinds=frozenset({"assignment_expression", "augmented_assignment_expression"}),
    callbacks=re.compile(r"\.(then|forEach|map|flatMap|filter|find|findLast|some|every)\Z"),
    copies_into=frozenset({"Object.assign", "_.assign", "_.merge", "_.extend", "_.defaults", "lodash.merge"}),
    # (hapi's `request.app.x` and a plugin's `request.plugins.name.x` before the request's own fields)
    request_state=re.compile(r"(res|response)\.locals\.[\w$]+|(req|request)\.(app|plugins\.[\w$]+)\.[\w$]+|"
                             # (a session's field outlives the request that set it; Apostrophe's `req.data`)
                             r"(req|request|ctx)\.(session|data)\.[\w$]+|"
                             r"(req|request)\.[\w$]+|ctx\.state\.[\w$]+|"
                             # (SvelteKit's `event.locals.x` a `handle` hook fills, read as `locals.x` by a route given
                             # `{ locals }`; h3's `event.context.x` a Nuxt server middleware fills)
                             r"(event\.)?locals\.[\w$]+|event\.context\.[\w$]+|"
                             # (a Koa context's own field a middleware sets: Logto's `ctx.guard`; not Koa's own properties)
                             r"ctx\.(?!(?:req|res|request|response|state|app|cookies|body|status|message|length|type|"
                             r"headerSent|redirect|attachment|set|append|remove|lastModified|etag|throw|assert|respond)\b)[\w$]+"),
)

GRAMMARS = {"python": PYTHON, "javascript": JAVASCRIPT, "typescript": JAVASCRIPT, "tsx": JAVASCRIPT}


def _kinds(kinds) -> dict:
    """An ast-grep rule matching any of ``kinds``."""
    return {"any": [{"kind": k} for k in sorted(kinds)]}


@dataclass(frozen=True)
class GrammarConfigs:
    """The ast-grep rules the engine itself searches with, per grammar (built once, so
    the shared search knows them again)."""

    scopes: dict
    names: dict
    reads: dict
    events: dict
    mutations: re.Pattern | None  # the callee texts of the calls that put data into or reshape their receiver
    calls: dict
    conditionals: tuple[tuple[dict, int], ...]  # (config of a ternary kind, index of its condition)
    indexes: tuple[dict, str] | None  # (config of the subscript kind, its index field)
    comprehensions: dict | None


_CONFIGS: dict[int, GrammarConfigs] = {}


def grammar_configs(g: Grammar) -> GrammarConfigs:
    """The engine's own searches in grammar ``g`` (the same objects on every call)."""
    if id(g) not in _CONFIGS:
        mutators = "|".join(sorted({*g.mutators, *g.reshapers, *(method for method, _ in g.removes)}))
        _CONFIGS[id(g)] = GrammarConfigs(
            {"rule": _kinds(g.scopes)}, _kinds(g.names), {"rule": _kinds({*g.names, *g.members, g.call})},
            {"rule": _kinds([*g.assignments, *g.loops, *g.captures[:1]] if g.captures[0] else [*g.assignments, *g.loops])},
            re.compile(rf"\.({mutators})\Z") if mutators else None,  # checked here: ast-grep compiled it per file
            {"rule": {"kind": g.call}}, tuple(({"rule": {"kind": kind}}, index) for kind, index in g.conditionals),
            ({"rule": {"kind": g.indexes[0]}}, g.indexes[1]) if g.indexes is not None else None,
            {"rule": _kinds(g.comprehensions)} if g.comprehensions else None)
    return _CONFIGS[id(g)]
