"""Conditions the code fixes, for the taint engine's branches: `7 * 18 + num > 200` with
`num = 106` a local constant, `"should" not in "This should ..."`, `match "ABC"[1]:`. Only
ints, strings and booleans, arithmetic, indexing a string, comparisons, `in`, `not`,
`and`/`or` and literal `case` patterns are folded (values kept small); anything else is
unknown and every branch stays. JavaScript's conditions are folded where they mean the same
in Python once spelt so (`===`, `&&`, `||`, `+ - *` on ints and strings, one comparison,
`s.charAt(n)`; no `!`, `%`, `/` or other indexing: see _python_of_javascript), and so are its
`switch` cases (`case 'B':` against `'ABC'.charAt(1)`). ``fold_condition`` and ``fold_case`` fold
a parsed file's branches with their function's constants and, in JavaScript, those of the
functions and module around it (``facts``: a taint_facts.FileFacts)."""

from __future__ import annotations

import ast
import operator
import re
from functools import lru_cache

from postil.analyzers.rules.taint_paths import span as _span
from postil.analyzers.rules.taint_values import node_key

_ARITHMETIC = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
               ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod}
_COMPARE = {ast.Lt: operator.lt, ast.Gt: operator.gt, ast.LtE: operator.le, ast.GtE: operator.ge,
            ast.Eq: operator.eq, ast.NotEq: operator.ne,
            ast.In: lambda a, b: a in b, ast.NotIn: lambda a, b: a not in b}
_LARGEST = 10**18  # ints and string lengths past this are not folded (`"a" * 10**9`)
_JS_LARGEST = 2**53  # JavaScript's numbers are doubles: ints past this are not exact
# JavaScript's tokens a folded condition may hold: whole numbers, quoted strings without
# escapes, names, and the operators that mean the same in Python once spelt so
_JS_TOKEN = re.compile(r"""(?P<space>\s+)|(?P<number>\d{1,15})(?![\w.$])|(?P<string>'[^'\\\n]*'|"[^"\\\n]*")"""
                       r"|(?P<name>[A-Za-z_][\w$]*)|(?P<op>===|!==|<=|>=|&&|\|\||[-+*<>()])"
                       r"|(?P<charat>\.charAt\(\s*(?P<index>\d{1,4})\s*\))")  # `s.charAt(1)`: Python's `s[1]`
_JS_OPERATORS = {"===": "==", "!==": "!=", "&&": " and ", "||": " or "}
_JS_WORDS = {"true": "True", "false": "False"}
_PYTHON_WORDS = frozenset({"and", "or", "not", "in", "is", "if", "else", "lambda", "None", "True", "False", "await",
                           "yield", "for", "async"})
# the node kinds whose text never folds, by syntax: a Python call or attribute (_value knows neither), not parsed
# (a tree of handlers binds and tests mostly calls; JavaScript's text is refused by _python_of_javascript before)
_NEVER_FOLDED = {"python": frozenset({"call", "attribute"})}


class _Unknown(Exception):
    pass


def evaluate(text: str, constants: dict[str, int | str | bool], javascript: bool = False
             ) -> int | str | bool | None:
    """The value of an expression's text (Python's, or JavaScript's with ``javascript``) built
    from literals and ``constants`` only (`106`, `"ABC"[1]`, `7 * 18 + num`); None: it depends
    on the run."""
    if len(text) > 2000:
        return None
    if javascript:
        text = _python_of_javascript(text)
        if text is None:
            return None
    try:
        parsed = parsed_expression(text.strip())
        return None if parsed is None else _value(parsed, constants, javascript)
    except (_Unknown, ValueError, TypeError, RecursionError, MemoryError):
        return None


@lru_cache(maxsize=4096)
def parsed_expression(text: str) -> ast.expr | None:
    """An expression's text parsed (None: it is not one), kept: the files of a tree repeat
    their constants and conditions (`num = 106`, `7 * 18 + num > 200`), and _value reads the
    tree without changing it."""
    try:
        return ast.parse(text, mode="eval").body
    except (SyntaxError, ValueError):
        return None


def _python_of_javascript(text: str) -> str | None:
    """A JavaScript expression's text spelt as the Python expression that means the same, for
    the few tokens where both agree (see _JS_TOKEN; loose `==` is left out, `!` binds tighter
    than Python's `not`); None for anything else."""
    out, at = [], 0
    while at < len(text):
        token = _JS_TOKEN.match(text, at)
        if token is None:
            return None
        at = token.end()
        kind, value = token.lastgroup, token.group()
        if kind == "name":
            if value in _PYTHON_WORDS:
                return None
            value = _JS_WORDS.get(value, value)
        elif kind == "op":
            value = _JS_OPERATORS.get(value, value)
        elif kind == "charat":  # (past the end it is '' in JavaScript, an error in Python: not folded)
            value = f"[{token.group('index')}]"
        out.append(" " if kind == "space" else value)
    return "".join(out)


def case_matches(subject: int | str | bool, pattern: str) -> bool | None:
    """Whether a `case` pattern's text matches a known subject: literals and their `|`
    unions are compared, `_` and a bare name always match; None for any other pattern."""
    try:
        tree = ast.parse(f"match _:\n case {pattern}:\n  pass")
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    statement = tree.body[0] if tree.body else None
    node = statement.cases[0].pattern if isinstance(statement, ast.Match) and len(statement.cases) == 1 else None
    if isinstance(node, ast.MatchAs) and node.pattern is None:
        return True
    alternatives = node.patterns if isinstance(node, ast.MatchOr) else [node]
    try:
        values = [_value(a.value, {}) if isinstance(a, ast.MatchValue) and isinstance(a.value, ast.Constant)
                  else None for a in alternatives]
    except _Unknown:
        return None
    if any(v is None for v in values):
        return None
    return any(type(v) is type(subject) and v == subject for v in values)


def fold(text: str, constants: dict[str, int | str | bool], javascript: bool = False) -> bool | None:
    """Whether a condition's text (Python's, or JavaScript's) is always true or always false,
    ``constants`` the local names that hold one literal (None: it depends on the run)."""
    value = evaluate(text, constants, javascript)
    return None if value is None else bool(value)


def _small(value, javascript: bool = False):
    if isinstance(value, bool) or (isinstance(value, int) and abs(value) < (_JS_LARGEST if javascript else _LARGEST)) \
            or (isinstance(value, str) and len(value) < 10_000):
        return value
    raise _Unknown


def _value(node, constants, javascript: bool = False):
    """The value of a parsed expression; with ``javascript``, only what means the same there:
    one comparison of values of one type, no `%` or `//`, exact ints, a string indexed from
    its start (`charAt`)."""
    if javascript and (isinstance(node, ast.Compare) and len(node.ops) > 1
                       or isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mod, ast.FloorDiv))):
        raise _Unknown
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, str)):
        return _small(node.value, javascript)
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.Not, ast.USub)):
        operand = _value(node.operand, constants, javascript)
        if isinstance(node.op, ast.Not):
            return not operand
        if isinstance(operand, int):
            return -operand
    if isinstance(node, ast.BinOp) and type(node.op) in _ARITHMETIC:
        left, right = _value(node.left, constants, javascript), _value(node.right, constants, javascript)
        ints = isinstance(left, int) and isinstance(right, int)
        if ints and javascript and (isinstance(left, bool) or isinstance(right, bool)):
            raise _Unknown  # `true + 1` is 2 in both, but a bool in JavaScript arithmetic is rare and coerced
        if ints or (isinstance(node.op, ast.Add) and isinstance(left, str) and isinstance(right, str)):
            if isinstance(node.op, (ast.FloorDiv, ast.Mod)) and right == 0:
                raise _Unknown
            return _small(_ARITHMETIC[type(node.op)](left, right), javascript)
    if isinstance(node, ast.Subscript) and not isinstance(node.slice, ast.Slice):
        container, index = _value(node.value, constants, javascript), _value(node.slice, constants, javascript)
        if isinstance(container, str) and isinstance(index, int) and not isinstance(index, bool) \
                and (0 if javascript else -len(container)) <= index < len(container):
            return container[index]
    if isinstance(node, ast.BoolOp):
        value = None
        for item in node.values:  # short-circuit as Python (and JavaScript) does
            value = _value(item, constants, javascript)
            if bool(value) == isinstance(node.op, ast.Or):
                return value
        return value
    if isinstance(node, ast.Compare):
        left = _value(node.left, constants, javascript)
        for op, item in zip(node.ops, node.comparators, strict=True):
            right = _value(item, constants, javascript)
            if type(op) not in _COMPARE or type(left) is not type(right) and (javascript or not (
                    isinstance(left, int) and isinstance(right, int))):
                raise _Unknown
            if not _COMPARE[type(op)](left, right):
                return False
            left = right
        return True
    raise _Unknown


def fold_case(facts, subject, case, scope) -> bool | None:
    """Whether a `case` of literal patterns (Python's `match`), or a `case` value of a
    JavaScript `switch` (compared as `===` does), matches a subject the code fixes (None:
    unknown, or a guard decides)."""
    if not facts.g.folds:
        return None
    javascript = facts.g.folds == "javascript"
    patterns = [c for c in case.named_children() if c.kind() == "case_pattern"]
    value_node = case.field("value") if javascript else None
    if value_node is None and len(patterns) != 1:
        return None
    key = _span(case)
    if key not in facts.folded:
        constants = local_constants(facts, scope)
        value = evaluate(subject.text(), constants, javascript)
        if value is None:
            verdict = None
        elif value_node is not None:
            other = evaluate(value_node.text(), constants, javascript)
            verdict = None if other is None else type(other) is type(value) and other == value
        else:
            verdict = case_matches(value, patterns[0].text())
        facts.folded[key] = None if verdict and case.field("guard") is not None else verdict
    return facts.folded[key]


def fold_condition(facts, condition, scope) -> bool | None:
    """Whether a condition is always true or false (None: unknown or not folded here)."""
    if not facts.g.folds:
        return None
    key = _span(condition)
    if key not in facts.folded:
        facts.folded[key] = None if condition.kind() in _NEVER_FOLDED.get(facts.g.folds, ()) else \
            fold(condition.text(), local_constants(facts, scope), facts.g.folds == "javascript")
    return facts.folded[key]


def local_constants(facts, scope) -> dict[str, int | str]:
    """The names ``scope`` binds once, to a value of literals and the constants bound
    before (`num = 106`, `guess = "ABC"[1]`; not its parameters, nor names it declares
    global or nonlocal). In JavaScript only `const` declarations (a `let` may still change
    through `x++` or an assignment in a closure), and those of the functions and module
    around ``scope`` too, where it binds no name of its own so (a `const` never changes); in
    Python a function's include the module's (a flag the module binds once, `_USE_SHELL = False`,
    that no function declares global)."""
    key = node_key(scope) if scope is not None else ("module",)
    if key not in facts.constants:
        javascript = facts.g.folds == "javascript"
        bound: dict[str, list] = {}
        for event in facts.events(scope):
            target = event.target
            names = [target.text()] if target.kind() in facts.g.names else \
                [t for t, _, _ in facts.reads(target)[0]]
            for name in names:
                bound.setdefault(name, []).append(None if event.augmented or target.kind() not in facts.g.names
                                                  or event.value is None or javascript and not _const(target)
                                                  else event.value)
        parameters = {n.text() for _, names in (facts.parameters(scope) if scope is not None else ())
                      for n in names}
        text = (scope or facts.root).text()
        declared = set(re.findall(r"\b(?:global|nonlocal)[ \t]+([\w \t,]+)", text)) \
            if "global" in text or "nonlocal" in text else set()  # (the search is tried at every position)
        declared = {n.strip() for line in declared for n in line.split(",")}
        constants: dict[str, int | str] = {}
        if scope is not None:  # (a Python function sees the module's: `_USE_SHELL = False` bound once, never `global`)
            outer = facts.scope_of(scope) if javascript else None
            constants.update((name, value) for name, value in local_constants(facts, outer).items()
                             if name not in bound and name not in parameters)
        for name, values in bound.items():  # in the order they are bound: `guess = possible[1]`
            if len(values) == 1 and values[0] is not None and name not in parameters and name not in declared:
                value = evaluate(values[0].text(), constants, javascript) if len(values[0].text()) < 200 \
                    and values[0].kind() not in _NEVER_FOLDED.get(facts.g.folds, ()) else None
                if value is not None:
                    constants[name] = value
        facts.constants[key] = constants
    return facts.constants[key]


def _const(target) -> bool:
    """Whether a JavaScript name is declared by `const` (`const num = 106`)."""
    declarator = target.parent()
    declaration = declarator.parent() if declarator is not None and declarator.kind() == "variable_declarator" else None
    return declaration is not None and declaration.kind() == "lexical_declaration" and declaration.text().startswith("const")
