"""Route parameters whose path restricts them to word characters, for the taint engine: Express's
`app.get('/styles/:id/sprite:scale(@[23]x)?.:format([\\w]+)', (req, res) => ...)` lets `req.params.scale`
be `@2x` or `@3x` only and `req.params.format` letters, digits and `_`: no dot, slash, quote, space or
markup can be in them, so each read of such a parameter inside the route's own call is clean, for every
rule. A constraint is read by hand (no regex runs on the route's text) and kept only where every
character it may match is a word character or `@`."""

from __future__ import annotations

from weakref import WeakKeyDictionary

from postil.analyzers.rules.taint_grammar import PYTHON
from postil.analyzers.rules.taint_paths import span

_ROUTES = {"rule": {"kind": "call_expression", "all": [
    {"has": {"field": "function", "kind": "member_expression",
             "regex": r"\.(get|post|put|patch|delete|del|all|head|options)$"}},
    {"has": {"field": "arguments", "has": {"nthChild": 1, "kind": "string", "regex": r":\w+\("}}}]}}
_READS = {"rule": {"kind": "member_expression", "regex": r"^(req|request)\.params\.\w+$"}}  # `req.params.scale`
_CLASSES = ("\\\\w", "\\\\d", "\\w", "\\d", "a-z", "A-Z", "0-9")  # spelt in the source: `'(\\d+)'` or `(\d+)`
_WORDS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@[]+*?|{},")
_LONGEST = 400  # a route path longer than this is left as it is
_known: WeakKeyDictionary = WeakKeyDictionary()


def word_only(constraint: str) -> bool:
    """Whether a parameter's constraint (the text inside its parentheses) matches word characters and
    `@` only: classes of them, literal ones, quantifiers and alternatives (no dot, range or negation)."""
    rest = constraint
    for token in _CLASSES:
        rest = rest.replace(token, "")
    # (each alternative opens with something to match: Express 4's `:file(*)` is a wildcard, anything at all)
    opens = all(part[:1].isalnum() or part[:1] in ("_", "@", "[", "\\") for part in constraint.split("|"))
    return bool(constraint) and opens and all(c in _WORDS for c in rest)


def constrained_names(path: str) -> set[str]:
    """The names of the parameters of a route ``path`` whose constraint admits word characters only
    (`:scale(@[23]x)` and `:width(\\d+)`; not `:file(.*)` nor an unconstrained `:id`)."""
    names, i = set(), 0
    while 0 <= i < len(path):
        i = path.find(":", i)
        if i < 0:
            break
        j = i + 1
        while j < len(path) and (path[j].isalnum() or path[j] == "_"):
            j += 1
        if j > i + 1 and j < len(path) and path[j] == "(":
            depth, k = 1, j + 1
            while k < len(path) and depth:
                depth += {"(": 1, ")": -1}.get(path[k], 0)
                k += 1
            if not depth and word_only(path[j + 1:k - 1]):
                names.add(path[i + 1:j])
            i = k
        else:
            i = j
    return names


def constrained_reads(facts) -> list[tuple[int, int]]:
    """The spans of the reads of word-only route parameters (`req.params.scale`) inside the routes of the
    file ``facts`` describes (kept per file: every rule of the file asks); none in Python (no such routes)."""
    if facts.g is PYTHON:
        return []
    if facts not in _known:
        spans = []
        for route in facts.find(_ROUTES):
            path = route.field("arguments").named_children()[0].text()
            names = constrained_names(path) if len(path) <= _LONGEST else set()
            if names:
                spans += [span(m) for m in route.find_all(_READS) if m.field("property").text() in names]
        _known[facts] = spans
    return _known[facts]
