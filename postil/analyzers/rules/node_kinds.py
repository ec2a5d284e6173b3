"""Which rules cannot match below a node, by the kinds of node they match: a rule matches only
nodes of its kinds (its ``kind``, its pattern's, its ``any`` alternatives'), so a node holding none
of them gives it no match. Asked of a changed unit's node before its rules are searched there
(ast-grep-py compiles every rule on every search; finding the kinds a node holds is one search of
kinds alone, ~0.05 ms for a method).
"""

from __future__ import annotations

from postil.analyzers.rules.rule_model import Rule
from postil.analyzers.rules.unit_scope import pattern_kind

_KNOWN: dict[int, tuple[Rule, frozenset[str] | None]] = {}


def match_kinds(matcher, utils: dict, depth: int = 0) -> set[str] | None:
    """The kinds of the nodes a matcher may match: its ``kind``, its pattern's (parsed), those of
    all its ``any`` alternatives, of one of its ``all`` parts or of the utility it ``matches``
    (None: not known)."""
    if not isinstance(matcher, dict) or depth > 32:
        return None
    if isinstance(matcher.get("kind"), str):
        return {matcher["kind"]}
    pattern = matcher.get("pattern")
    if isinstance(pattern, dict) and isinstance(pattern.get("selector"), str):
        return {pattern["selector"]}
    if isinstance(pattern, str) and (kind := pattern_kind(pattern)) is not None:
        return {kind}
    if isinstance(matcher.get("any"), list) and matcher["any"]:
        kinds = [match_kinds(m, utils, depth + 1) for m in matcher["any"]]
        if all(k is not None for k in kinds):
            return set().union(*kinds)
    for part in matcher.get("all") or ():
        if (kinds := match_kinds(part, utils, depth + 1)) is not None:
            return kinds
    name = matcher.get("matches")
    return match_kinds(utils.get(name), utils, depth + 1) if isinstance(name, str) else None


def rule_kinds(rule: Rule) -> frozenset[str] | None:
    """The kinds of the nodes ``rule``'s search matches (None: not known)."""
    known = _KNOWN.get(id(rule))
    if known is None or known[0] is not rule:
        if len(_KNOWN) > 8192:
            _KNOWN.clear()
        config = rule.config if isinstance(rule.config, dict) else {}
        kinds = match_kinds(config.get("rule"), config.get("utils") or {}) if rule.language == "python" else None
        known = _KNOWN[id(rule)] = (rule, frozenset(kinds) if kinds else None)
    return known[1]


def unmatchable(rules, node) -> frozenset[int]:
    """The ids (``id(rule)``) of the ``rules`` whose kinds ``node`` and the nodes below it hold none of."""
    kinds = {id(rule): k for rule in rules if (k := rule_kinds(rule)) is not None}
    if not kinds:
        return frozenset()
    every = sorted(set().union(*kinds.values()))
    held = {n.kind() for n in node.find_all({"rule": {"any": [{"kind": kind} for kind in every]}})}
    return frozenset(i for i, k in kinds.items() if not k & held)
