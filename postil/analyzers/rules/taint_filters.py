"""A Python comprehension's filter that lets only safe values of its loop variables through,
for the taint engine: `f"{col} = %({col})s" for col in values if col in EDITABLE` yields only
the allow-list's names, `"".join(ch for ch in name if ch.isalnum() or ch in "-_")` only letters,
digits, dashes and underscores, whatever the loop runs over. Read from the filter's text: a disjunction of
such tests pins a variable when each of its terms does, a conjunction when one does."""

from __future__ import annotations

import ast
import re

from postil.analyzers.rules.taint_fold import parsed_expression
from postil.analyzers.rules.taint_paths import span

# `x.isalnum()` and the like hold only for letters and digits
_CHARACTER_TESTS = frozenset({"isalnum", "isalpha", "isdigit", "isdecimal", "isnumeric", "isidentifier"})
# an allow-list the code names as a constant (`EDITABLE`, `settings.SORTABLE_FIELDS`)
_CONSTANT = re.compile(r"([a-z_]\w*\.)*[A-Z][A-Z0-9_]*")
_WORDS = re.compile(r"[\w-]+")  # no separator of a path, a command, a query or markup


def pinned_variables(filters: list[str], variables: set[str]) -> set[str]:
    """The loop ``variables`` that the comprehension's ``filters`` (the texts of its `if`
    clauses, all of which hold for each element yielded) let through only when safe."""
    pinned: set[str] = set()
    for text in filters:
        condition = parsed_expression(text.strip()) if len(text) < 500 else None
        if condition is not None:
            pinned |= {v for v in variables if _pins(condition, v)}
    return pinned


def _pins(node: ast.expr, variable: str) -> bool:
    if isinstance(node, ast.BoolOp):
        tests = [_pins(value, variable) for value in node.values]
        return all(tests) if isinstance(node.op, ast.Or) else any(tests)
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and _is(node.left, variable):
        right = node.comparators[0]
        if isinstance(node.ops[0], ast.In):  # (in a literal of word characters and dashes: a piece of it, `ch in "-_"`)
            return _constant_collection(right) or isinstance(right, ast.Constant) and isinstance(right.value, str) \
                and _WORDS.fullmatch(right.value) is not None
        if isinstance(node.ops[0], ast.Eq):
            return isinstance(right, ast.Constant) and isinstance(right.value, (str, int))
    return isinstance(node, ast.Call) and (not node.args and not node.keywords and isinstance(node.func, ast.Attribute)
                                           and node.func.attr in _CHARACTER_TESTS and _is(node.func.value, variable)
                                           or _matches_words(node, variable))


def _matches_words(call: ast.Call, variable: str) -> bool:
    """`re.fullmatch(r"[a-z_]+", col)` (or `re.match` with the end anchored, `r"^[\\w-]{1,40}$"`): the
    variable is whole of word characters and dashes (see _word_pattern)."""
    func = call.func
    if not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "re"
            and func.attr in ("fullmatch", "match") and len(call.args) == 2 and not call.keywords
            and _is(call.args[1], variable) and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
        return False
    pattern = call.args[0].value
    return _word_pattern(pattern) and (func.attr == "fullmatch" or pattern.endswith(("$", "\\Z")))


def _word_pattern(pattern: str) -> bool:
    """Whether a regular expression matches only word characters and dashes: anchors, then literal word
    characters, `\\w`, `\\d` and classes of those, each perhaps repeated (`+`, `*`, `?`, `{m,n}`)."""
    at, end = int(pattern.startswith("^")), len(pattern)
    end -= 2 if pattern.endswith("\\Z") else int(pattern.endswith("$"))
    if at >= end:
        return False
    while at < end:
        char = pattern[at]
        if char == "[":
            close = pattern.find("]", at + 1, end)
            inner = pattern[at + 1:close].replace("\\w", "").replace("\\d", "") if close > at + 1 else "^"
            if not all(c.isalnum() or c in "_-" for c in inner):
                return False
            at = close + 1
        elif char == "\\":
            if pattern[at + 1:at + 2] not in ("w", "d"):
                return False
            at += 2
        elif char == "{":
            close = pattern.find("}", at, end)
            if close < 0 or not re.fullmatch(r"\d+(,\d*)?", pattern[at + 1:close]):
                return False
            at = close + 1
        elif char.isalnum() or char in "_-+*?":
            at += 1
        else:
            return False
    return True


def _is(node: ast.expr, variable: str) -> bool:
    return isinstance(node, ast.Name) and node.id == variable


def _constant_collection(node: ast.expr) -> bool:
    """A constant's name, or a literal tuple, list or set of strings and numbers."""
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return all(isinstance(e, ast.Constant) and isinstance(e.value, (str, int)) for e in node.elts)
    return isinstance(node, (ast.Name, ast.Attribute)) and _CONSTANT.fullmatch(ast.unparse(node)) is not None


def iterates_pinned_keys(facts, comprehension, loop) -> bool:
    """Whether the `for` clause ``loop`` of ``comprehension`` runs over a dict its function bound (each
    time) to a comprehension whose filter pins the key: `allowed = {k: v for k, v in values.items() if k
    in EDITABLE}` then `", ".join(f"{key} = :{key}" for key in allowed)` (a dict yields its keys)."""
    right = loop.field("right")
    if right is None or right.kind() != "identifier":
        return False
    bound = [e.value for e in facts.events(facts.scope_of(comprehension))
             if e.value is not None and e.target is not None and e.target.text() == right.text()]
    return bool(bound) and all(_pins_key(value) for value in bound)


def _pins_key(value) -> bool:
    """Whether ``value`` is a dict comprehension whose `if` clauses let only safe keys through."""
    body = value.field("body") if value.kind() == "dictionary_comprehension" else None
    key = body.field("key") if body is not None and body.kind() == "pair" else None
    if key is None or key.kind() != "identifier":
        return False
    filters = [c.text().removeprefix("if") for c in value.named_children() if c.kind() == "if_clause"]
    return key.text() in pinned_variables(filters, {key.text()})


def filter_clauses(facts) -> list[tuple[int, int]]:
    """The spans of the comprehensions' `if` clauses: what they read does not flow out
    (`[e for e in entries if e.payee == payee]` is some of the entries, never the payee)."""
    if not facts.configs.comprehensions:
        return []
    return [span(c) for n in facts.find(facts.configs.comprehensions) for c in n.named_children() if c.kind() == "if_clause"]
