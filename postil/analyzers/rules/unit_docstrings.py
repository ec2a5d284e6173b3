"""Docstrings left out of the text a unit of a document checked by units (rules/incremental.py) is
asked for the literals a rule needs. A docstring's prose names calls and words (`open`, `text`,
`execute`, `if`) that no rule can match there: a pattern matches code, and a docstring is one string
statement. Only a regex, or a pattern quoting a string, asked of a node whose text may hold a
docstring (the string, a statement, a block, a definition, the module) can see its prose; leaving
those asks out of a rule, what the rest requires of a node's text (code_requirement) is required of
the text with its docstrings blanked out (code_text). A rule whose literals that text lacks, or whose
literals the whole text lacks, finds nothing there.
"""

from __future__ import annotations

from postil.analyzers.rules.literal_prefilter import required_literals
from postil.analyzers.rules.rule_model import Rule
from postil.analyzers.rules.unit_scope import matcher_kinds, pattern_kind

# (inside a string: what a regex asked of these sees the docstring's text)
_IN_STRING = frozenset({"string", "string_start", "string_content", "string_end", "escape_sequence",
                        "escape_interpolation"})
_HOLDING = frozenset({"block", "module", "decorated_definition", "ERROR", "case_clause", "match_statement"})
_DOCSTRINGS = {"rule": {"kind": "string", "inside": {"kind": "expression_statement", "inside": {
    "kind": "block", "inside": {"any": [{"kind": "function_definition"}, {"kind": "class_definition"}]}}}}}
_TEXTS: dict[str, str] = {}  # a unit's text -> its code_text
_CODE: dict[int, tuple[object, object]] = {}  # id(rule or matcher) -> (it, its code requirement)
_RELATIONS = ("has", "inside", "follows", "precedes", "not", "stopBy")
_BODIES = frozenset({"body", "consequence", "alternative", "definition"})  # (fields that may hold a statement)
_PLACES: dict[tuple[str, str], bool] = {}  # (pattern, metavariable) -> see _in_statement


def code_text(node, text: str) -> str:
    """``text`` (of the unit ``node``) with each docstring of a function or class in it blanked out
    (spaces; its newlines kept): a plain string that is the first statement of the body."""
    known = _TEXTS.get(text)
    if known is None:
        if len(_TEXTS) > 4096:
            _TEXTS.clear()
        start, out, at = node.range().start.index, [], 0
        for string in node.find_all(_DOCSTRINGS):
            statement = string.parent()
            if len(statement.children()) != 1 or not _first(statement) or not _plain(string):
                continue
            r = string.range()
            begin, end = r.start.index - start, r.end.index - start
            out += [text[at:begin], "".join(c if c == "\n" else " " for c in text[begin:end])]
            at = end
        known = _TEXTS[text] = "".join(out) + text[at:] if out else text
    return known


def code_requirement(rule: Rule) -> object:
    """What the node a pattern rule matches must hold in its code (see the module docstring and
    unit_scope.own_requirement)."""
    known = _CODE.get(id(rule))
    if known is None or known[0] is not rule:
        if len(_CODE) > 8192:
            _CODE.clear()
        utils = rule.config.get("utils") or {}
        known = _CODE[id(rule)] = (rule, required_literals(code_matcher(rule.config.get("rule")),
                                                           code_utils(utils), around=False))
    return known[1]


def code_utils(utils: dict) -> dict:
    """A rule's utility rules, less what may see a docstring's text (see code_matcher)."""
    return {name: code_matcher(util) for name, util in utils.items()}


def code_constraints(pattern: str, constraints: dict) -> list:
    """The ``constraints`` on the metavariables of ``pattern``, each less what may see a docstring's
    text (see code_matcher): a metavariable the pattern places in an expression (`$C.$M(...)`) holds
    no docstring, what its constraint asks of it stays."""
    return [code_matcher(c, _in_statement(pattern, name)) for name, c in constraints.items()]


def code_matcher(matcher, seeing: bool | None = None):
    """``matcher`` less the regexes, and the patterns quoting a string, asked of a node whose text
    may hold a docstring's (its kind unknown, or a string, statement, clause, block, definition;
    ``seeing``: whether the node it is asked of may, when known): what the rest asks is of code.
    (It matches where ``matcher`` does: for what a node's text must hold, never to search with.)"""
    if isinstance(matcher, list):
        return [code_matcher(m, seeing) for m in matcher]
    if not isinstance(matcher, dict):
        return matcher
    seeing = _may_see_docstrings(matcher) if seeing is None else seeing
    out = {}
    for key, value in matcher.items():
        if seeing and (key == "regex" or key == "pattern" and (not isinstance(value, str) or "'" in value
                                                               or '"' in value)):
            continue
        out[key] = code_matcher(value, False if key == "has" and _in_expression(value) else None) \
            if key in _RELATIONS else code_matcher(value, seeing) if key in ("all", "any") else value
    return out


def _in_expression(matcher) -> bool:
    """Whether a ``has`` finds a child by a field that never holds a statement (`field: function`)."""
    return isinstance(matcher, dict) and isinstance(matcher.get("field"), str) and matcher["field"] not in _BODIES


def _in_statement(pattern: str, name: str) -> bool:
    """Whether ``pattern`` may place its metavariable ``name`` where a node holding a docstring may
    be (a statement of its own, or a place its parse does not tell)."""
    key = (pattern, name)
    if key not in _PLACES:
        from ast_grep_py import SgRoot

        placeholder = "µ" + name
        found = [n for n in SgRoot(pattern.replace("$", "µ"), "python").root().find_all(kind="identifier")
                 if n.text() in (placeholder, "µµ" + placeholder)]  # (as ast-grep reads a pattern)
        _PLACES[key] = not found or any(n.parent() is None or _holds_docstrings(n.parent().kind()) for n in found)
    return _PLACES[key]


def _may_see_docstrings(matcher: dict) -> bool:
    kinds = matcher_kinds(matcher)
    pattern = matcher.get("pattern")
    if kinds is None and isinstance(pattern, str):
        kind = pattern_kind(pattern)
        kinds = {kind} if kind is not None else None
    return kinds is None or any(map(_holds_docstrings, kinds))


def _holds_docstrings(kind: str) -> bool:
    return kind in _IN_STRING or kind in _HOLDING or kind.endswith(("_statement", "_clause", "_definition"))


def _first(statement) -> bool:
    """Whether a statement is the first of its block (comments before it are none)."""
    before = statement.prev()
    while before is not None:
        if before.kind() != "comment":
            return False
        before = before.prev()
    return True


def _plain(string) -> bool:
    """Whether a string node is a plain literal (no f-string: its text is its source's)."""
    start = string.child(0)
    return start is not None and "f" not in start.text().lower() and \
        not any(c.kind() == "interpolation" for c in string.children())
