"""What a lookup returns is the store's, not the request's: `Config.get(app_id)`,
`Tenant.objects.get(slug=slug)`, `users.findOne({ email })`, `ALLOWED_SORTS.get(sort)` give back what
the config, the table or the allow-list holds, whatever the key came from. So a method named like a
lookup (`get`, `getItem`, `getUserById`, `find*`, `fetch*`, `lookup*`, or a getter handed only ids,
`getNoteOrThrow(noteId)`; not `getHtmlContent(text)`, which makes something of its argument), with
request data only in its arguments, carries no taint on (the
engine's default for a call it cannot follow is to carry its arguments'), unless: the engine follows
the callee (its summary decides); it is called on request data (`request.args.get("q")`,
`url.searchParams.get("next")`) or on a path reader (`_.get(req.body, "user.name")`); it is given the
request whole (`utils.getParam(req, "q")`); it is Python's `.get(key, default)` with a tainted default;
or its key is only a helper parameter's mark (then nothing is proven clean). A JavaScript query
builder's chain through a `where` answers with the store's rows too (drizzle's `db.select().from(t)
.where(eq(t.id, input)).then(first)`, knex's `knex('t').where({ id }).first()`, TypeORM's
`qb.where('u.id = :id', { id }).getOne()`), its request data only in the query's parts; text built
into the query is the query call's own sink's to report."""

from __future__ import annotations

import re

from postil.analyzers.rules.taint_paths import span
from postil.analyzers.rules.taint_values import is_parameter

_LOOKUP = re.compile(r"get|getOne|getItem|get_?\w*_?[bB]y_?\w+|get_or_404|(?:find|fetch|lookup|retrieve)(?:[A-Z_]\w*)?")
# receivers whose `get` reads the object it is given by a path (lodash, Ramda, object-path, dot-prop,
# JSONPath), and request containers named so (`headers.get(...)`: the request's own data)
_READERS = re.compile(r"(?:_|lodash|R|objectPath|dotProp|dot|jp|JSONPath|jsonpath|\w*(?:headers|params|query|cookies|args|form|searchParams|session|body|GET|POST|META))")
# a getter handed only ids (Trilium's `becca.getNoteOrThrow(req.params.noteId)`, `users.get_user(user_id)`):
# the record kept under them, as a lookup's
_GETTER = re.compile(r"get_?[A-Za-z]\w*")
_ID = re.compile(r"id|ids|\w*(?:Id|ID|Ids|IDs|_id|_ids)")
_REQUESTS = frozenset({"req", "request", "ctx", "event", "context"})
_WRAPPERS = frozenset({"await_expression", "await", "parenthesized_expression"})
_DEFAULTS = frozenset({"||", "??", "or"})  # `config = req.config || Config.get(appId)`


def store_read(flow, node, state: dict, calls: list, helpers: list, judged=None) -> bool:
    """Whether ``node`` (an expression the rule ``flow`` asks the taint of, in ``state``; ``calls``:
    the (callee, start, end, arguments) in it) holds a lookup's answer and no request data: a
    lookup (see looked_up), or a default between such answers and clean values."""
    while node.kind() in _WRAPPERS:  # (`await users.findOne(...)`, `(cache.get(key))`)
        inner = [child for child in node.children() if child.is_named()]
        if len(inner) != 1:
            return False
        node = inner[0]
    start, end = span(node)
    if any(c[1] == start and c[2] == end for c in calls):
        return looked_up(flow, node, state, helpers) or built_query(flow, node, state)
    operator = node.field("operator")
    if operator is None or operator.text() not in _DEFAULTS:
        return False
    operands = [node.field("left"), node.field("right")]
    if None in operands or not any(c[1:3] == span(part) for part in operands for c in calls):
        return False
    return all(flow._taint_of(part, state, judged) is None for part in operands)


def looked_up(flow, node, state: dict, helpers: list) -> bool:
    """Whether ``node`` (an expression the rule ``flow`` asks the taint of, in ``state``) is a lookup
    whose request data is only its key: see the module's docstring (``helpers``: the calls in
    ``node`` the engine follows)."""
    callee, arguments = node.field("function"), node.field("arguments")
    if callee is None or arguments is None or callee.kind() not in ("attribute", "member_expression"):
        return False
    receiver, _, name = callee.text().rpartition(".")
    given = [a for a in arguments.children() if a.is_named() and a.kind() != "comment"]
    if (_LOOKUP.fullmatch(name.strip()) is None and not _by_ids(name.strip(), given)) or _READERS.fullmatch(receiver.strip().rsplit(".", 1)[-1]):
        return False
    if any(a.text() in _REQUESTS for a in given):  # (a wrapper reading the request: `utils.getParam(req, "q")`)
        return False
    python_get = callee.kind() == "attribute" and name.strip() == "get"  # (Python's `.get(key, default)`)
    if python_get and any(flow._taint_of(a, state) is not None for a in given[1:]):
        return False
    start, first = span(node)[0], span(arguments)[0]
    if any(start <= s < first for s, _, _ in flow.sources) or any(s == start for s, *_ in helpers):
        return False
    if flow._taint_of(callee, state) is not None:
        return False
    # (a key that is only a parameter's mark stays so: what the lookup gives is then not proven
    # clean, and a pattern rule of its sink, `marshal.loads(cache.get(key))`, keeps its finding;
    # but what the helper returns of it is the store's, as where the key is request data)
    key = flow._taint_of(arguments, state)
    return not is_parameter(key) or key.alone


def _by_ids(name: str, given: list) -> bool:
    """Whether a call of the method ``name`` with the arguments ``given`` is a getter handed only
    ids (`getNoteOrThrow(req.params.noteId)`)."""
    return _GETTER.fullmatch(name) is not None and bool(given) and all(_ID.fullmatch(a.text().rsplit(".", 1)[-1]) for a in given)


_WHERES = frozenset({"where", "andWhere", "orWhere", "whereIn", "whereNot"})  # a query builder's filter


def built_query(flow, node, state: dict) -> bool:
    """Whether ``node`` (a JavaScript call, asked the taint of in ``state``) runs a query builder's chain
    through a filter (see the module's docstring): the chain's start is clean and no request reader, and
    the calls after its last filter (`.then(takeFirstOrNull)`, `.first()`, `.getOne()`) are given clean values."""
    after, current, filtered = [], node, False
    while current.kind() == "call_expression":
        callee, arguments = current.field("function"), current.field("arguments")
        if callee is None or arguments is None or callee.kind() != "member_expression":
            break
        name = callee.field("property")
        if name is not None and name.text() in _WHERES:
            filtered = True
        elif not filtered:
            after.append(arguments)
        current = callee.field("object")
    if not filtered or current is None or current.text() in _REQUESTS or _READERS.fullmatch(current.text().rsplit(".", 1)[-1]):
        return False
    return flow._taint_of(current, state) is None and all(flow._taint_of(a, state) is None for a in after)
