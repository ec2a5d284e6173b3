"""Which rules a check of a document by units (rules/incremental.py) may run on a unit alone and
what they ask of the text: whether a rule looks beyond a unit and the module code, whether it
may match a comment, and the literals the node it matches must itself hold.
"""

from __future__ import annotations

import re

from postil.analyzers.rules.leading_comments import matches_other_kinds
from postil.analyzers.rules.literal_prefilter import required_literals
from postil.analyzers.rules.repeated_siblings import unanchored
from postil.analyzers.rules.rule_model import Rule
from postil.analyzers.rules.scoped_names import written_config

UNIT_KINDS = frozenset({"function_definition", "decorated_definition", "class_definition"})
IMPORTS = ("import_statement", "import_from_statement", "future_import_statement")
_BEYOND: dict[int, tuple[Rule, bool]] = {}  # id(rule) -> (rule, looks_beyond_unit(rule))
_COMMENTS: dict[int, tuple[Rule, bool]] = {}  # id(rule) -> (rule, may_match_comment(rule))
_OWN: dict[int, tuple[Rule, object]] = {}  # id(rule) -> (rule, own_requirement(rule))


def looks_beyond_unit(rule: Rule) -> bool:
    """Whether a rule's matches in a unit may depend on text outside it and the module code:
    it compares a node with its siblings (``follows``/``precedes``: top-level statements are
    siblings) or asks about the module beyond its statements and imports (the module's text,
    a call or a function anywhere in it)."""
    known = _BEYOND.get(id(rule))
    if known is None or known[0] is not rule:
        if len(_BEYOND) > 8192:
            _BEYOND.clear()
        config = asked_config(rule)
        known = _BEYOND[id(rule)] = (rule, rule.taint is None and _beyond(config, config.get("utils") or {}))
    return known[1]


def asked_config(rule: Rule) -> dict:
    """What a rule asks of the node it matches and around it: its searched config, less a repeats
    rule's anchor (repeated_siblings), with a scoped rule's walk of the scope (scoped_names)."""
    if rule.repeats is not None:
        return unanchored(rule.config)
    return rule.config if rule.scoped is None else written_config(rule.config, rule.document)


def _beyond(config, utils: dict, ancestor: bool = False, same: set[str] | None = None,
            sheltered: bool = False) -> bool:
    """See looks_beyond_unit (``ancestor``: ``config`` matches an ancestor, an ``inside``'s;
    ``same``: the kinds of the node it matches, known from the rule around it: an ``any``,
    ``all`` or ``not`` asks about the same node; ``sheltered``: the rule around it matches only
    nodes whose parent is not the module, see _parent_not_module)."""
    if isinstance(config, list):
        return any(_beyond(c, utils, ancestor, same, sheltered) for c in config)
    if not isinstance(config, dict):
        return False
    kinds = matcher_kinds(config, utils) or same
    sheltered = sheltered or _parent_not_module(config, utils)
    if ("follows" in config or "precedes" in config) and (kinds is None or any(map(may_be_top_level, kinds))) \
            and not sheltered:
        return True  # (a node that is never a module's child has no sibling outside its unit)
    if ancestor and kinds is None or "module" in (kinds or ()):
        return not (ancestor and _asks_module_code(config))
    # an `all` one of whose parts asks for a parent other than the module asks the others about such
    # nodes only (unreachable-code: `follows` a return, `inside: {kind: block}`)
    parts = config.get("all") if isinstance(config.get("all"), list) else ()
    within = sheltered or any(isinstance(p, dict) and _parent_not_module(p, utils) for p in parts)
    return any(_beyond(v, utils, key == "inside", kinds if key in ("any", "all", "not") else None,
                       (within if key == "all" else sheltered) if key in ("any", "all", "not") else False)
               for key, v in config.items())


def _parent_not_module(config: dict, utils: dict) -> bool:
    """Whether a matcher asks its node's parent to be a node other than the module
    (`inside: {kind: block}`, no ``stopBy``): its siblings are in the same unit."""
    parent = config.get("inside")
    if not isinstance(parent, dict) or "stopBy" in parent:
        return False
    kinds = matcher_kinds(parent, utils)
    return kinds is not None and "module" not in kinds


def may_be_top_level(kind: str) -> bool:
    """Whether a Python node of ``kind`` may be a module's child (a top-level statement)."""
    return kind.endswith(("_statement", "_definition")) or kind in ("comment", "ERROR", "module")


def matcher_kinds(matcher: dict, utils: dict | None = None) -> set[str] | None:
    """The node kinds a matcher may match (its ``kind``, the kinds of all its ``any``
    alternatives, of one of its ``all`` parts or of the utility rule it ``matches``), None if
    it does not say."""
    if "kind" in matcher:
        return {matcher["kind"]}
    alternatives = matcher.get("any")
    if isinstance(alternatives, list) and alternatives and all(isinstance(a, dict) for a in alternatives):
        kinds = [matcher_kinds(a, utils) for a in alternatives]
        if all(k is not None for k in kinds):
            return set().union(*kinds)
    for part in matcher.get("all") or ():
        if isinstance(part, dict) and (kinds := matcher_kinds(part, utils)) is not None:
            return kinds
    util = (utils or {}).get(matcher.get("matches"))
    return matcher_kinds(util, None) if isinstance(util, dict) else None


def _asks_module_code(matcher: dict) -> bool:
    """Whether an ancestor matcher that may match the module asks only what the text always
    checked with a unit shows: the module's statements (``has`` without ``stopBy``, not a
    definition or a comment) and its imports anywhere (the units that import are always shown)."""
    for key, value in matcher.items():
        if key in ("kind", "stopBy") or key == "any" and all(isinstance(a, dict) and set(a) == {"kind"} for a in value):
            continue
        if key in ("all", "any") and isinstance(value, list):
            if not all(isinstance(v, dict) and _asks_module_code(v) for v in value):
                return False
        elif key == "not" and isinstance(value, dict):
            if not _asks_module_code(value):
                return False
        elif key == "has" and isinstance(value, dict):
            kinds = matcher_kinds(value)
            if kinds is None or ("stopBy" in value and not kinds <= set(IMPORTS)) \
                    or kinds & (UNIT_KINDS | {"comment"}):
                return False
        else:
            return False
    return True


def own_requirement(rule: Rule) -> object:
    """What the text of a node a pattern rule matches must itself contain (see
    required_literals): a unit lacking it has no match of the rule (None: no such literal)."""
    known = _OWN.get(id(rule))
    if known is None or known[0] is not rule:
        if len(_OWN) > 8192:
            _OWN.clear()
        known = _OWN[id(rule)] = (rule, required_literals(rule.config.get("rule"), rule.config.get("utils") or {},
                                                          around=False))
    return known[1]


_LONE_METAVARIABLE = re.compile(r"\$(\$\$)?[A-Z_][A-Z0-9_]*")
_COMMENT = frozenset({"comment"})


def may_match_comment(rule: Rule) -> bool:
    """Whether a rule may match a comment node (what a top-level comment's results depend on): not
    a taint rule (it reports where data flows), nor one whose matcher names other kinds or is a
    pattern of code (a lone metavariable matches any node, a pattern starting with `#` may be a
    comment)."""
    known = _COMMENTS.get(id(rule))
    if known is None or known[0] is not rule:
        if len(_COMMENTS) > 8192:
            _COMMENTS.clear()
        known = _COMMENTS[id(rule)] = (rule, rule.taint is None and not matches_other_kinds(
            rule.config.get("rule"), _COMMENT, rule.config.get("utils") or {}))
    return known[1]


# Nodes whose text may hold a class's other members: a rule matching one, or asking about one
# around the node it matches, may find something else in a method when another method changes.
_AROUND_MEMBERS = frozenset({"class_definition", "decorated_definition", "block", "ERROR"})
_IN_MEMBER: dict[int, tuple[Rule, bool]] = {}  # id(rule) -> (rule, stays_in_member(rule))


def stays_in_member(rule: Rule) -> bool:
    """Whether what a rule run by units (see looks_beyond_unit) finds in a method depends only on
    that method and the module code: neither the node it matches nor one it asks to be inside
    may be a class, its body or a decorated definition (which hold the class's other members)."""
    known = _IN_MEMBER.get(id(rule))
    if known is None or known[0] is not rule:
        if len(_IN_MEMBER) > 8192:
            _IN_MEMBER.clear()
        utils = rule.config.get("utils") or {}
        matcher = (rule.config if rule.scoped is None else written_config(rule.config, rule.document)).get("rule")
        local = isinstance(matcher, dict) and _inside_member(matcher, utils, frozenset())
        known = _IN_MEMBER[id(rule)] = (rule, bool(local) and _narrow(_node_kinds(matcher, utils)))
    return known[1]


def _narrow(kinds: set[str] | None) -> bool:
    return kinds is not None and not kinds & _AROUND_MEMBERS


def _node_kinds(matcher: dict, utils: dict) -> set[str] | None:
    """The kinds a matcher may match (see matcher_kinds), a pattern's read from its parse."""
    kinds = matcher_kinds(matcher, utils)
    if kinds is not None:
        return kinds
    pattern = matcher.get("pattern")
    if isinstance(pattern, dict) and isinstance(pattern.get("selector"), str):
        return {pattern["selector"]}
    if isinstance(pattern, str):
        kind = pattern_kind(pattern)
        return {kind} if kind is not None else None
    for part in matcher.get("all") or ():
        if isinstance(part, dict) and (kinds := _node_kinds(part, utils)) is not None:
            return kinds
    return None


_PATTERN_KINDS: dict[str, str | None] = {}


def pattern_kind(pattern: str) -> str | None:
    """The kind of node a Python pattern matches (its parse's innermost node spanning all of it),
    None for a lone metavariable (any node) or a pattern that is not one node."""
    if pattern not in _PATTERN_KINDS:
        from ast_grep_py import SgRoot

        kind = None
        if not _LONE_METAVARIABLE.fullmatch(pattern.strip()):
            node = SgRoot(pattern.replace("$", "µ"), "python").root()  # (as ast-grep reads a pattern)
            while True:
                named = [c for c in node.children() if c.is_named()]
                if len(named) != 1 or named[0].text().strip() != node.text().strip():
                    break
                node = named[0]
            kind = node.kind() if node.kind() != "module" else None
        _PATTERN_KINDS[pattern] = kind
    return _PATTERN_KINDS[pattern]


def _inside_member(matcher, utils: dict, seen: frozenset) -> bool:
    """Whether every ``inside`` in a matcher (its utilities' too) asks about a node that is never
    one of _AROUND_MEMBERS (or the module)."""
    if isinstance(matcher, list):
        return all(_inside_member(m, utils, seen) for m in matcher)
    if not isinstance(matcher, dict):
        return True
    for key, value in matcher.items():
        if key == "inside" and isinstance(value, dict):
            kinds = _node_kinds(value, utils)
            if not (_narrow(kinds) or kinds == {"module"}):
                return False
        if key == "matches" and isinstance(value, str) and value in utils and value not in seen:
            if not _inside_member(utils[value], utils, seen | {value}):
                return False
        elif isinstance(value, (dict, list)) and not _inside_member(value, utils, seen):
            return False
    return True
