"""A project's own check functions as guards, for the taint engine: Spectrum's `isSpectrumUrl(url)`
in `utils/permissions.js` parses the URL and returns `hostname === 'spectrum.chat' ||
hostname.endsWith('.spectrum.chat')`; a route that redirects only where `isSpectrumUrl(next)` held
(`if (!isSpectrumUrl(next)) return ...`, `next && isSpectrumUrl(next) ? next : HOME`) sends no one
elsewhere. A JavaScript function named as a question (`is…`, `has…`, `can…`) or for what it accepts (`local…`,
`safe…`, `valid…`, `allowed…`, `trusted…`, `relative…`, `internal…`: `localPath(back)`) whose every return is a
test of a value against fixed ones (a comparison with a literal or a constant, `.includes(…)`,
`.has(…)`, a regular expression's `.test(…)`, `.startsWith(…)`/`.endsWith(…)`) or a boolean literal
answers a check of its argument, defined in the file or in a module the file imports."""

from __future__ import annotations

import re
from types import SimpleNamespace
from weakref import WeakKeyDictionary

from postil.analyzers.rules.taint_values import last_name

# a function named as a yes/no question, or for the kind of value it accepts (`localPath(v)`, `safeRedirectTarget(v)`:
# its body, all tests, makes it a check, see answers_check)
_QUESTION = re.compile(r"^(?:is|has|can)(?:[A-Z_]|$)|^(?:local|safe|valid|allowed|trusted|relative|internal)(?:[A-Z_]|$)")
_ONE_VALUE = re.compile(r"^\(\s*[\w$]+(?:\.[\w$]+)*\s*\)$")  # a call of it on one name or member (`isX(req.query.next)`)
_TESTS = frozenset({"includes", "has", "test", "startsWith", "endsWith"})  # methods testing against fixed values
# a constant, a site's own host, or a configured URL's parsed (`new URL(CLIENT_APP_URL).origin`; blanks around
# the constant: a comment among the arguments reads as spaces, see argument_comments)
_FIXED = re.compile(r"^(?:[A-Z][A-Z0-9_]*|[\w$.]+\.(?:origin|host|hostname|[A-Z][A-Z0-9_]*)"
                    r"|new URL\(\s*[A-Z][A-Z0-9_]*\s*\)\.(?:origin|host|hostname))$")
_STRINGS = frozenset({"string", "template_string", "regex"})
_NESTED = frozenset({"function_declaration", "function_expression", "arrow_function", "method_definition",
                     "generator_function_declaration", "generator_function", "class_declaration", "class"})
CHECK = SimpleNamespace(unsafe=False)  # the guard matcher these calls stand for: true where the value is safe

_FOUND: WeakKeyDictionary = WeakKeyDictionary()  # a file's FileFacts -> scope key -> its check calls (see check_calls)
_MODULES: dict[tuple, bool] = {}  # (module, its digest, function) -> whether it answers a check


def check_calls(facts) -> dict[tuple, list]:
    """Scope key -> the calls in a JavaScript file (``facts``: its FileFacts) of a check function of
    the project on one value (see answers_check): worked out once a file, for every rule's guards."""
    known = _FOUND.get(facts)
    if known is None:
        known = _FOUND[facts] = {}
        if facts.g.requires:
            for name in facts.call_names():
                if not _QUESTION.match(name):
                    continue
                for call in facts.calls_of(name):
                    arguments = call.field("arguments")
                    if _ONE_VALUE.match(arguments.text()) and _checks(facts, call.field("function").text()):
                        known.setdefault(facts.scope_key(call), []).append(call)
    return known


def _checks(facts, callee: str) -> bool:
    """Whether the function a call's callee text names, the file's own or an imported module's, answers a check."""
    own = facts.helpers().get(callee)
    if own is not None:
        return answers_check(own)
    link = facts.link
    target = link.resolve(callee) if link is not None else None
    if target is None:
        return False
    path, function = target
    key = (path, link.workspace.text(path)[1], function)
    if key not in _MODULES:
        if len(_MODULES) > 4096:
            _MODULES.clear()
        analysis = link.workspace._analysis(path, link.depth)
        scope = _defined(analysis.root, function) if analysis is not None and analysis.language != "python" else None
        _MODULES[key] = scope is not None and answers_check(scope)
    return _MODULES[key]


def _defined(root, function: str):
    """The function a module defines at its top level under ``function`` (`export function isX(u)`,
    `export const isX = (u) => ...`, `module.exports.isX = ...`), or None."""
    for statement in root.children():
        node = statement.field("declaration") if statement.kind() == "export_statement" else statement
        if node is None:
            continue
        if node.kind() in ("function_declaration", "generator_function_declaration"):
            if node.field("name") is not None and node.field("name").text() == function:
                return node
            continue
        declarators = node.find_all(kind="variable_declarator") if node.kind() in ("lexical_declaration", "variable_declaration") \
            else [node.child(0)] if node.kind() == "expression_statement" and node.child(0) is not None else []
        for declarator in declarators:
            name = declarator.field("name") or declarator.field("left")
            value = declarator.field("value") or declarator.field("right")
            if name is not None and value is not None and last_name(name.text()) == function \
                    and value.kind() in ("arrow_function", "function_expression"):
                return value
    return None


def answers_check(scope) -> bool:
    """Whether the function ``scope`` takes a value and each of its results is a test of a value
    against fixed ones, or a boolean literal; at least one a test (see the module's doc)."""
    parameters = scope.field("parameters") or scope.field("parameter")
    if parameters is None or not parameters.text().strip("() "):
        return False
    body = scope.field("body")
    if body is None:
        return False
    results = [body] if body.kind() != "statement_block" else \
        [r.named_children()[0] if r.named_children() else None for r in _returns(body)]
    kinds = [_result(r) for r in results]
    return bool(kinds) and all(kinds) and "test" in kinds


def _returns(body) -> list:
    """The return statements of a function's body, not those of the functions inside it."""
    found, todo = [], list(body.named_children())
    while todo:
        node = todo.pop()
        if node.kind() == "return_statement":
            found.append(node)
        elif node.kind() not in _NESTED:
            todo.extend(node.named_children())
    return found


def _result(node) -> str | None:
    """"test" for a test of a value against fixed ones, "literal" for `true`/`false`, else None."""
    while node is not None and node.kind() == "parenthesized_expression" and node.named_children():
        node = node.named_children()[0]
    if node is None:
        return None
    kind = node.kind()
    if kind in ("true", "false"):
        return "literal"
    if kind == "unary_expression" and node.field("operator") is not None and node.field("operator").text() == "!":
        return "test" if _result(node.field("argument")) == "test" else None
    if kind == "binary_expression":
        operator = node.field("operator").text() if node.field("operator") is not None else ""
        left, right = node.field("left"), node.field("right")
        if operator in ("===", "==", "!==", "!="):
            return "test" if _fixed_comparison(left, right) else None
        if operator in ("&&", "||"):
            sides = [_result(left), _result(right)]
            # `a && b` holds only where both do: one test is enough; `a || b` where either does: both must be
            if operator == "&&":
                return "test" if "test" in sides else None
            return "test" if "test" in sides and all(sides) else None
        return None
    if kind == "call_expression":
        function = node.field("function")
        return "test" if function is not None and function.kind() == "member_expression" \
            and last_name(function.text()) in _TESTS else None
    return None


def _fixed_comparison(left, right) -> bool:
    """Whether one side of an equality is a fixed value (a string, a constant, the site's own host)
    and the other no type (`typeof u === 'string'` says nothing of where `u` goes)."""
    if left is None or right is None:
        return False
    for side, other in ((left, right), (right, left)):
        fixed = side.kind() in _STRINGS and side.find(kind="template_substitution") is None \
            or _FIXED.match(side.text()) is not None
        if fixed and other.kind() != "unary_expression" and other.kind() not in _STRINGS:
            return True
    return False

