"""A constraint's rule checked on the node a metavariable bound, here rather than by ast-grep
(see search._constraints_hold): ast-grep-py compiles a config's constraints, regexes and all,
on every search, and a sink's constraint that is a small rule of node kinds and regexes
(`S: {any: [{kind: string, has: {kind: interpolation}}, {kind: binary_operator, regex: ...}]}`)
cost ~0.2 ms a small file to compile. Only the keys whose meaning is plain are read here:
``kind``, ``regex`` (in RE2, as ast-grep reads it), ``not``, ``any``, ``all`` and ``has`` of
the node's own children (no ``stopBy``, ``field`` or pattern); any other rule is left to
ast-grep (:func:`node_check` gives None).
"""

from __future__ import annotations

from collections.abc import Callable

from postil.core.userregex import as_ast_grep_reads

NodeCheck = Callable[[object], bool]
_KEYS = frozenset({"kind", "regex", "not", "any", "all", "has"})


class _Unread(Exception):
    """A rule with a key or a regex this module does not read as ast-grep does."""


def node_check(rule: object, ascii_text: bool) -> NodeCheck | None:
    """``rule`` as a check of one node (None: leave it to ast-grep)."""
    try:
        return _compiled(rule, ascii_text)
    except _Unread:
        return None


def _compiled(rule: object, ascii_text: bool) -> NodeCheck:
    """Every key of ``rule`` must hold (a rule object is their conjunction)."""
    if not isinstance(rule, dict) or not rule or set(rule) - _KEYS:
        raise _Unread
    checks = [_key_check(key, value, ascii_text) for key, value in rule.items()]
    if len(checks) == 1:
        return checks[0]
    return lambda node: all(check(node) for check in checks)


def _key_check(key: str, value: object, ascii_text: bool) -> NodeCheck:
    if key == "kind":
        if not isinstance(value, str):
            raise _Unread
        return lambda node: node.kind() == value
    if key == "regex":
        program = as_ast_grep_reads(value, ascii_text) if isinstance(value, str) else None
        if program is None:
            raise _Unread
        return lambda node: program.found(node.text())
    if key == "not":
        inner = _compiled(value, ascii_text)
        return lambda node: not inner(node)
    if key == "has":
        inner = _compiled(value, ascii_text)  # a `stopBy` or `field` is no key read here: left to ast-grep
        return lambda node: any(inner(child) for child in node.children())
    if not isinstance(value, list) or not value:
        raise _Unread
    parts = [_compiled(item, ascii_text) for item in value]
    if key == "any":
        return lambda node: any(part(node) for part in parts)
    return lambda node: all(part(node) for part in parts)
