"""A Python comprehension's filter that lets only safe values of its loop variables through,
for the taint engine: `f"{col} = %({col})s" for col in values if col in EDITABLE` yields only
the allow-list's names, `"".join(ch for ch in name if ch.isalnum() or ch in "-_")` only letters,
digits, dashes and underscores, whatever the loop runs over. Read from the filter's text: a disjunction of
such tests pins a variable when each of its terms does, a conjunction when one does."""

from __future__ import annotations

import ast
import re

from postil.analyzers.rules.taint_fold import parsed_expression

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
    return isinstance(node, ast.Call) and not node.args and not node.keywords \
        and isinstance(node.func, ast.Attribute) and node.func.attr in _CHARACTER_TESTS and _is(node.func.value, variable)


def _is(node: ast.expr, variable: str) -> bool:
    return isinstance(node, ast.Name) and node.id == variable


def _constant_collection(node: ast.expr) -> bool:
    """A constant's name, or a literal tuple, list or set of strings and numbers."""
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return all(isinstance(e, ast.Constant) and isinstance(e.value, (str, int)) for e in node.elts)
    return isinstance(node, (ast.Name, ast.Attribute)) and _CONSTANT.fullmatch(ast.unparse(node)) is not None
