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
_LONGEST = 400  # a route path longer than this is left as it is
_RANGES = ("a-z", "A-Z", "0-9")
_known: WeakKeyDictionary = WeakKeyDictionary()


def _escape(text: str, i: int) -> int:
    """The end of a `\\w` or `\\d` class spelt at ``i`` (one backslash or two, as the source has it), else -1."""
    j = i
    while j < len(text) and j - i < 2 and text[j] == "\\":
        j += 1
    return j + 1 if j > i and j < len(text) and text[j] in "wd" else -1


def _class_end(text: str, i: int) -> int:
    """The end of a bracketed class opening at ``i`` that holds word characters only (letters, digits, `_`,
    `\\w`, `\\d`, `a-z`, `A-Z`, `0-9`; no `@`, negation or other range), else -1."""
    j = i + 1
    while j < len(text) and text[j] != "]":
        if text[j:j + 3] in _RANGES:
            j += 3
        elif text[j].isalnum() or text[j] == "_":
            j += 1
        elif (k := _escape(text, j)) > 0:
            j = k
        else:
            return -1
    return j + 1 if j > i + 1 and j < len(text) else -1


def _quantifier_end(text: str, i: int) -> int:
    """The end of the quantifiers at ``i`` (`+`, `*`, `?`, `{2}`, `{1,3}`), ``i`` where there are none."""
    while i < len(text):
        if text[i] in "+*?":
            i += 1
        elif text[i] == "{":
            j = i + 1
            while j < len(text) and (text[j].isdigit() or text[j] == ","):
                j += 1
            if j == i + 1 or j >= len(text) or text[j] != "}":
                return i
            i = j + 1
        else:
            return i
    return i


def word_only(constraint: str) -> bool:
    """Whether a parameter's constraint (the text inside its parentheses) matches word characters and
    `@` only: word classes, literal letters, digits, `_` and `@` (`@` never inside a class: `[@\\w]+`
    would let `user@evil.host` through), each atom with its quantifiers, and alternatives that each open
    with an atom (Express 4's `:file(*)` is a wildcard, anything at all); no dot, group or negation."""
    alternative_open, i = True, 0
    while i < len(constraint):
        c = constraint[i]
        if c == "|" and not alternative_open:
            alternative_open, i = True, i + 1
            continue
        if c.isalnum() or c in "_@":
            end = i + 1
        elif c == "[":
            end = _class_end(constraint, i)
        else:
            end = _escape(constraint, i)
        if end < 0:
            return False
        alternative_open, i = False, _quantifier_end(constraint, end)
    return bool(constraint) and not alternative_open


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
