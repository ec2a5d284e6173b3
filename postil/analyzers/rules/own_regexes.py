"""What a part of a document must hold for a pattern rule to match a node in it, by the rule's
regular expressions (rules/incremental.py runs a unit's rules only where they may match).

A ``regex`` of the matched node, or of a node it ``has``, finds its match in that node's text,
which is part of the unit's: so the regex with its anchors and word boundaries dropped (``^``,
``$``, ``\\A``, ``\\z``, ``\\b``, ``\\B``: zero-width tests, which only narrow what matches) finds
one in the unit's text. The literals a rule asks for (unit_scope.own_requirement) keep only runs of
three characters or more; most rules a unit runs ask for less (``\\)[+*{]``, ``\\s+in\\s+``) and
were compiled by ast-grep in every function typed in, ~0.1-0.4 ms each.
"""

from __future__ import annotations

import re

from postil.analyzers.rules.literal_prefilter import all_of, any_of, requirement_met
from postil.analyzers.rules.rule_model import Rule
from postil.core.userregex import Program, as_ast_grep_reads

_VERBOSE = re.compile(r"\(\?[a-zA-Z]*x")
_OWN: dict[int, tuple[Rule, object]] = {}  # id(rule) -> (rule, own_regexes(rule))
_PROGRAMS: dict[tuple[str, bool], Program | None] = {}  # (unanchored regex, ASCII text) -> its program


def unanchored(regex: str) -> str | None:
    """``regex`` without its anchors and word boundaries (outside classes), None when that is not
    known to be safe to do (verbose mode, an unclosed class)."""
    if _VERBOSE.search(regex):
        return None
    out, i, n = [], 0, len(regex)
    while i < n:
        c = regex[i]
        if regex.startswith(("(?-u:\\b)", "(?-u:\\B)"), i):
            i += 8
        elif c == "\\":
            if regex[i + 1:i + 2] not in ("A", "z", "b", "B"):
                out.append(regex[i:i + 2])
            i += 2
        elif c == "[":
            end = _class_end(regex, i)
            if end is None:
                return None
            out.append(regex[i:end])
            i = end
        else:
            if c not in "^$":
                out.append(c)
            i += 1
    return "".join(out)


def _class_end(regex: str, i: int) -> int | None:
    """Where the bracketed class opening at ``regex[i]`` ends (nested classes included)."""
    j, depth, n = i + 1, 1, len(regex)
    j += regex.startswith("^", j)
    j += regex.startswith("]", j)  # a `]` first in a set is itself
    while j < n:
        if regex[j] == "\\":
            j += 2
            continue
        if regex[j] == "[":
            depth += 1
        elif regex[j] == "]":
            depth -= 1
            if not depth:
                return j + 1
        j += 1
    return None


def own_regexes(rule: Rule) -> object:
    """The unanchored regexes the text around a node ``rule`` matches must find a match of, as a
    requirement (see literal_prefilter: "all"/"any" trees; here each leaf a regex); None for a
    taint rule or a rule asking for none."""
    known = _OWN.get(id(rule))
    if known is None or known[0] is not rule:
        if len(_OWN) > 8192:
            _OWN.clear()
        config = rule.config
        known = _OWN[id(rule)] = (rule, None if rule.taint is not None else
                                  _required(config.get("rule"), config.get("utils") or {}, frozenset()))
    return known[1]


def _required(matcher, utils: dict, seen: frozenset) -> object:
    """See own_regexes: a matcher's ``regex``, its ``has``, ``all``, ``any`` and the utility it
    ``matches`` (``not``, ``inside``, ``follows`` and ``precedes`` ask nothing of the node's text)."""
    if not isinstance(matcher, dict):
        return None
    parts = []
    if isinstance(matcher.get("regex"), str):
        parts.append(unanchored(matcher["regex"]))
    if "has" in matcher:
        parts.append(_required(matcher["has"], utils, seen))
    if isinstance(matcher.get("all"), list):
        parts.extend(_required(m, utils, seen) for m in matcher["all"])
    if isinstance(matcher.get("any"), list):
        parts.append(any_of([_required(m, utils, seen) for m in matcher["any"]]))
    name = matcher.get("matches")
    if isinstance(name, str) and name in utils and name not in seen:
        parts.append(_required(utils[name], utils, seen | {name}))
    return all_of(parts)


def own_regexes_found(rule: Rule, text: str) -> bool:
    """Whether ``text`` holds what ``rule``'s regexes ask of a node in it (see own_regexes)."""
    requirement = own_regexes(rule)
    if requirement is None:
        return True
    ascii_text = text.isascii()
    return requirement_met(requirement, _Found(text, ascii_text))


class _Found:
    """The regexes found in one text, as requirement_met asks about literals (``regex in found``);
    a regex RE2 cannot read as ast-grep does is found everywhere."""

    __slots__ = ("text", "ascii_text")

    def __init__(self, text: str, ascii_text: bool) -> None:
        self.text, self.ascii_text = text, ascii_text

    def __contains__(self, regex: str) -> bool:
        key = (regex, self.ascii_text)
        if key not in _PROGRAMS:
            if len(_PROGRAMS) > 4096:
                _PROGRAMS.clear()
            _PROGRAMS[key] = as_ast_grep_reads(regex, self.ascii_text)
        program = _PROGRAMS[key]
        return program is None or program.found(self.text)
