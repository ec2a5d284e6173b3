"""What a rule that looks beyond a unit (unit_scope.looks_beyond_unit) may see of the parts an
edit changed, from the nodes outside them: whether its matches there can be kept (see
unit_beyond.py).

The changed parts are top-level ones (functions, classes, comments). A match at a node outside them
(and not around them: not the module) asks about the changed parts only through the nodes around it (``inside``: the
module holds every part) and its siblings (``follows``/``precedes``: top-level statements are
siblings). The answer stays the same when what it asks of them cannot hold in their texts, before
or after the edit: a ``has`` searched from the module finds no node in them whose own literals they
lack, a sibling asked about cannot be one of them (its kind, or its literals), and a sibling next
to them is checked again (the parts next to an edit are). Anything else it may ask of the module
(its text, a pattern, a position among siblings that moved) keeps nothing: the rule runs on the
whole text, as before.

:func:`reach` gives, for one rule and one kind of edit, None (nothing kept) or the requirements
none of which the changed texts may meet, and whether the rule asks about siblings.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from postil.analyzers.rules.literal_prefilter import required_literals
from postil.analyzers.rules.node_kinds import match_kinds
from postil.analyzers.rules.rule_model import Rule
from postil.analyzers.rules.unit_scope import asked_config, matcher_kinds, may_be_top_level

_RELATIONS = ("has", "inside", "follows", "precedes")
_PLAIN = frozenset({"kind", "regex", "pattern", "field", "nthChild", "stopBy", "not", "all", "any", "matches",
                    *_RELATIONS})
_KNOWN: dict[tuple, tuple[Rule, Reach | None]] = {}
_METAVARIABLE = re.compile(r"\$\$?\$?[A-Z_]")


@dataclass(frozen=True)
class Edit:
    """What a kind of edit of top-level parts changed: the places of parts (parts were added or
    removed), and the kinds of the changed parts' nodes."""

    shifted: bool
    kinds: frozenset[str]
    # the kinds of the nodes holding a changed part (a member of a class: the class, its body, the module)
    around: frozenset[str] = frozenset({"module"})


@dataclass(frozen=True)
class Reach:
    """A rule whose matches outside the changed parts stay, unless a changed text meets one of
    ``unmet`` (literal requirements), a changed part's node (before or after) holds a match of one
    of ``absent`` (configs: a matcher and the rule's utils), or the module's text matches one of
    ``regexes`` after the edit and not before (or the other way); ``siblings``: it asks about
    siblings (its matches in the parts next to the changed ones are found again)."""

    unmet: tuple
    # (JSON: one key for equal configs; whether it asks only below its node; whether it may match a comment;
    # the metavariables that decide its match, see _field_bindings)
    absent: tuple[tuple[str, bool, bool, tuple[str, ...] | None], ...]
    regexes: tuple[str, ...]
    siblings: bool


class _Unsafe(Exception):
    """The rule may see the changed parts in a way their literals do not bound."""


def reach(rule: Rule, edit: Edit) -> Reach | None:
    """See the module docstring (None: the rule's matches are found on the whole text again)."""
    key = (id(rule), edit)
    known = _KNOWN.get(key)
    if known is None or known[0] is not rule:
        if len(_KNOWN) > 8192:
            _KNOWN.clear()
        known = _KNOWN[key] = (rule, _reach(rule, edit))
    return known[1]


def _reach(rule: Rule, edit: Edit) -> Reach | None:
    if rule.taint is not None or rule.repeats is not None or rule.scoped is not None \
            or rule.expand_end is not None or rule.expand_start is not None:
        return None  # (matches joined or widened in Python, beyond one node)
    config = asked_config(rule)
    utils = config.get("utils") or {}
    walk = _Walk(utils, edit)
    matcher = config.get("rule")
    kinds = match_kinds(matcher, utils)
    try:
        if kinds is None or kinds & edit.around:
            raise _Unsafe  # (a match at a node holding a changed part)
        walk.local(matcher, kinds)
        for constraint in (config.get("constraints") or {}).values():
            walk.local(constraint, None)
    except (_Unsafe, RecursionError):
        return None
    return Reach(tuple(walk.unmet), tuple(dict.fromkeys(walk.absent)), tuple(dict.fromkeys(walk.regexes)),
                 walk.siblings)


class _Walk:
    """One rule's matchers, each as the nodes it is asked of may see the changed parts."""

    def __init__(self, utils: dict, edit: Edit) -> None:
        self.utils, self.edit = utils, edit
        self.unmet: list = []
        self.absent: list[str] = []
        self.regexes: list[str] = []
        self.siblings = False
        self._seen: set[tuple] = set()

    def local(self, matcher, kinds: set[str] | None = None, below: bool = False) -> None:
        """``matcher`` asked of nodes outside the changed parts and around none of them (``below``:
        found by a ``has`` from such a node: never a top-level one, whose place may move)."""
        if not isinstance(matcher, dict):
            if isinstance(matcher, list):
                for m in matcher:
                    self.local(m, None, below)
            return
        self._known_keys(matcher)
        kinds = matcher_kinds(matcher, self.utils) or kinds
        if "nthChild" in matcher and self.edit.shifted and not below \
                and (kinds is None or any(map(may_be_top_level, kinds))):
            raise _Unsafe  # (a top-level node's place among its siblings moved)
        if isinstance(matcher.get("has"), dict):
            self.local(matcher["has"], None, True)
        if isinstance(matcher.get("stopBy"), dict):  # (a ``has``'s: asked of the nodes below)
            self.local(matcher["stopBy"], None, True)
        if "inside" in matcher:
            self.around(matcher["inside"])
        for key in ("follows", "precedes"):
            if key in matcher:
                self.sibling(matcher[key], below)
        for key in ("all", "any"):
            for m in matcher.get(key) or ():
                self.local(m, kinds, below)
        if "not" in matcher:
            self.local(matcher["not"], kinds, below)
        self._util(matcher, lambda util: self.local(util, kinds, below), ("local", below))

    def around(self, matcher) -> None:
        """``matcher`` asked of the nodes around one outside the changed parts (an ``inside``'s, or
        its ``stopBy``): the module among them."""
        if not isinstance(matcher, dict):
            raise _Unsafe
        self._known_keys(matcher)
        kinds = matcher_kinds(matcher, self.utils)
        if kinds is not None and not kinds & self.edit.around:
            self.local(matcher, kinds)  # (never asked of a node holding a changed part)
            return
        if "pattern" in matcher or "nthChild" in matcher or "regex" in matcher and not isinstance(matcher["regex"], str):
            raise _Unsafe  # (the module's shape)
        if "regex" in matcher:
            holding = self.edit.around - {"module"}
            if holding and (kinds is None or kinds & holding):
                raise _Unsafe  # (a class's text: the module's answer may stay where the class's changed)
            self.regexes.append(matcher["regex"])  # (asked of the module's text: its answer, before and after)
        has = matcher.get("has")
        if isinstance(has, dict):
            self._absent(has)
            stop = has.get("stopBy")
            if isinstance(stop, dict):
                self._absent(stop)
        inside = matcher.get("inside")
        if isinstance(inside, dict):
            self.around(inside)
            if isinstance(inside.get("stopBy"), dict):
                self.around(inside["stopBy"])
        elif inside is not None:
            raise _Unsafe
        for key in ("follows", "precedes"):
            if key in matcher:
                self.sibling(matcher[key])
        for key in ("all", "any"):
            for m in matcher.get(key) or ():
                self.around(m)
        if "not" in matcher:
            self.around(matcher["not"])
        self._util(matcher, self.around, ("around",))

    def sibling(self, matcher, below: bool = False) -> None:
        """A ``follows``/``precedes`` ``matcher``: asked of the siblings of a node outside the
        changed parts, a changed part among them where that node is top-level (or a member). Past
        the sibling next to the node (its ``stopBy``: ``end`` or a matcher), a changed part must not
        match it, and must stop the walk as it did (a matcher of kinds: before and after, each
        changed part stops it, parts not moved; or none does)."""
        if not isinstance(matcher, dict):
            raise _Unsafe
        stop = matcher.get("stopBy", "neighbor")
        if below:  # (the siblings of a node below one outside the changed parts: none of them)
            self.local({k: v for k, v in matcher.items() if k != "stopBy"}, None, True)
            self.local(stop, None, True)
            return
        kinds = matcher_kinds(matcher, self.utils)
        holding = self.edit.around - {"module", "block"}  # (a top-level class holding a changed member)
        if holding and (kinds is None or kinds & holding):
            raise _Unsafe  # (the class around a changed member is a top-level node's sibling)
        # (the parts next to the changed ones are searched again where a changed part may be the
        # sibling asked about, or parts moved)
        self.siblings = self.siblings or self.edit.shifted or kinds is None or bool(kinds & self.edit.kinds)
        if stop != "neighbor":
            self._not_changed_part(matcher)
            if isinstance(stop, dict):
                stops = {_kind_answer(stop, kind, self.utils) for kind in self.edit.kinds}
                if None in stops or len(stops) > 1 or True in stops and self.edit.shifted \
                        or any(_kind_answer(stop, kind, self.utils) is None for kind in holding):
                    raise _Unsafe
                self.local(stop, None, below)
            elif stop != "end":
                raise _Unsafe
        self.local({k: v for k, v in matcher.items() if k != "stopBy"}, None, below)

    def _absent(self, matcher: dict) -> None:
        """``matcher`` searched from the module: it must find no node in a changed part (by the
        literals its node must hold, else searched there with its metavariables free: none, or the
        same before and after); elsewhere it is asked as any other."""
        kinds = matcher_kinds(matcher, self.utils)
        requirement = required_literals(matcher, self.utils, around=False)
        if requirement is not None:
            self.unmet.append(requirement)
        elif _free_where_positive(matcher, self.utils, False, set()):
            node = {k: v for k, v in matcher.items() if k not in ("stopBy", "field")}  # (the nodes it finds)
            config = {"rule": node, "utils": _used(node, self.utils)}
            self.absent.append((json.dumps(config, sort_keys=True), not _asks_around(config),
                                "comment" in (match_kinds(node, self.utils) or {"comment"}),
                                _field_bindings(node, config["utils"])))
        else:
            raise _Unsafe  # (a metavariable under `not`: free, it would match less than bound)
        self.local(matcher, kinds)

    def _not_changed_part(self, matcher: dict) -> None:
        """``matcher`` asked of a changed part itself: its kind, or the literals it needs, rule it out."""
        kinds = matcher_kinds(matcher, self.utils)
        if kinds is not None and not kinds & self.edit.kinds:
            return
        self._requires(matcher)

    def _requires(self, matcher: dict) -> None:
        requirement = required_literals(matcher, self.utils, around=False)
        if requirement is None:
            raise _Unsafe  # (nothing its node must hold: any text may hold it)
        self.unmet.append(requirement)

    def _util(self, matcher: dict, then, role: tuple) -> None:
        name = matcher.get("matches")
        if name is None:
            return
        if not isinstance(name, str) or name not in self.utils:
            raise _Unsafe
        if (*role, name) not in self._seen:
            self._seen.add((*role, name))
            then(self.utils[name])

    @staticmethod
    def _known_keys(matcher: dict) -> None:
        if not matcher.keys() <= _PLAIN:
            raise _Unsafe


def _kind_answer(matcher, kind: str, utils: dict) -> bool | None:
    """Whether a node of ``kind`` matches ``matcher``, where its kind decides it (None: not so)."""
    if not isinstance(matcher, dict) or not matcher or not matcher.keys() <= {"kind", "not", "any", "all", "matches"}:
        return None
    answers = []
    if "kind" in matcher:
        answers.append(matcher["kind"] == kind)
    if "not" in matcher:
        inner = _kind_answer(matcher["not"], kind, utils)
        answers.append(None if inner is None else not inner)
    for key in ("any", "all"):
        if key in matcher:
            parts = [_kind_answer(m, kind, utils) for m in matcher[key]] if isinstance(matcher[key], list) else [None]
            known = [a for a in parts if a is not None]
            if key == "any" and True in known or key == "all" and False in known:
                answers.append(key == "any")
            else:
                answers.append(None if len(known) < len(parts) else key == "all")
    if "matches" in matcher:
        util = utils.get(matcher["matches"]) if isinstance(matcher["matches"], str) else None
        answers.append(_kind_answer(util, kind, {}) if util is not None else None)
    if False in answers:
        return False
    return None if None in answers else True


def _free_where_positive(matcher, utils: dict, negated: bool, seen: set[tuple[str, bool]]) -> bool:
    """Whether no metavariable of ``matcher`` is under a ``not`` (so the matcher with its
    metavariables free matches at least where it matches with them bound)."""
    if isinstance(matcher, list):
        return all(_free_where_positive(m, utils, negated, seen) for m in matcher)
    if isinstance(matcher, str):
        return not (negated and _METAVARIABLE.search(matcher))
    if not isinstance(matcher, dict):
        return True
    for key, value in matcher.items():
        if key == "matches" and isinstance(value, str) and value in utils and (value, negated) not in seen:
            seen.add((value, negated))
            if not _free_where_positive(utils[value], utils, negated, seen):
                return False
        elif key != "regex" and not _free_where_positive(value, utils, negated or key == "not", seen):
            return False
    return True


def _used(matcher, utils: dict) -> dict:
    """The utility rules ``matcher`` names, and those they name (a search compiles every one given)."""
    used: dict = {}
    todo = [matcher]
    while todo:
        item = todo.pop()
        if isinstance(item, list):
            todo.extend(item)
        elif isinstance(item, dict):
            name = item.get("matches")
            if isinstance(name, str) and name in utils and name not in used:
                used[name] = utils[name]
                todo.append(utils[name])
            todo.extend(v for k, v in item.items() if k != "matches")
    return used


def _asks_around(config: dict) -> bool:
    """Whether a config asks about anything but its node and the nodes below it (a match of it
    is then decided by its node's text and its metavariables): an ``inside``, ``follows`` or
    ``precedes`` anywhere, or its node's place among its siblings (``nthChild`` at its top; below
    it, a place among the node's own children)."""
    top = [config["rule"], *config["utils"].values()]
    if any(isinstance(m, dict) and ("nthChild" in m or any(isinstance(p, dict) and "nthChild" in p
                                                            for p in (m.get("all") or []) + (m.get("any") or [])))
           for m in top):
        return True
    todo = list(top)
    while todo:
        item = todo.pop()
        if isinstance(item, list):
            todo.extend(item)
        elif isinstance(item, dict):
            if item.keys() & {"inside", "follows", "precedes"}:
                return True
            todo.extend(item.values())
    return False


_LONE = re.compile(r"\$([A-Z_][A-Z0-9_]*)")
_METAVARIABLE_NAMES = re.compile(r"\$\$?\$?([A-Z_][A-Z0-9_]*)")


def _field_bindings(matcher: dict, utils: dict) -> tuple[str, ...] | None:
    """The metavariables of a matcher asking only below its node, where each is a child its node
    ``has`` by a field (``has: {field: left, pattern: $X}``, at its top or in its top ``all``):
    one value a matched node, so whether it matches with them bound is whether it matches free
    with those values (None: a metavariable elsewhere, or none)."""
    direct = [matcher.get("has")] + [p.get("has") for p in matcher.get("all") or () if isinstance(p, dict)]
    names = []
    for has in direct:
        if isinstance(has, dict) and isinstance(has.get("field"), str) and isinstance(has.get("pattern"), str) \
                and has.keys() <= {"field", "pattern", "kind", "regex"} and (lone := _LONE.fullmatch(has["pattern"])):
            names.append(lone.group(1))
    found = set(_METAVARIABLE_NAMES.findall(json.dumps([matcher, utils])))
    return tuple(names) if names and found == set(names) and len(found) == len(names) else None
