"""Which taint rules may find something in a few parts of a document checked by units
(rules/incremental.py). A rule notes where its data enters (its sources, the functions whose
parameters are sources), and where data enters the file reports a flow at a sink (or at its
source, or at a call of a helper holding the sink) and judges the sinks it follows: in parts
whose texts, and their helpers', can hold none of its sinks it finds no flow (only where its
data enters, if they may hold a source), and following the file's flows for it (its sinks'
and sanitizers' searches compiled) is wasted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from postil.analyzers.rules.literal_prefilter import (all_of, any_of, required_literals, requirement_literals,
                                                      requirement_met)
from postil.analyzers.rules.taint import entry_points
from postil.analyzers.rules.taint_aliases import with_aliases
from postil.analyzers.rules.taint_callers import fed_parameters
from postil.analyzers.rules.taint_prefilter import renamings
from postil.analyzers.rules.taint_spec import Matcher, ParameterSource, TaintSpec
from postil.analyzers.rules.unit_docstrings import code_constraints, code_matcher, code_utils

# Kinds of nodes that hold no part but the one they are in (a part is a top-level node or a member
# of a top-level class: only the module, a class and its body hold one): what an ``inside`` one of
# them asks of its text, a matched node's part holds too (`inside: {kind: function_definition,
# has: ...}`)
_IN_PART = frozenset({"function_definition", "lambda", "call", "argument_list", "keyword_argument", "dictionary",
                      "pair", "list", "tuple", "set", "subscript", "attribute", "assignment", "expression_statement",
                      "return_statement", "binary_operator", "if_statement", "for_statement", "try_statement"})
# Literals from two characters (`-c`, `sh`): a part's text is searched once for each, no index built
_SHORTEST = 2
_METAVARIABLE = re.compile(r"\$(?:\$\$)?([A-Z_][A-Z0-9_]*)")  # (a pattern's metavariables: its node binds them)
_OWN: dict[int, tuple[object, object]] = {}  # id(matcher or parameter) -> (it, see _own)
_SIDES: dict[tuple, tuple[TaintSpec, tuple[object, tuple[str, ...]]]] = {}  # see _side
_SAME: dict[str, tuple[object, tuple[str, ...]]] = {}  # repr -> the one object for equal sides


@dataclass
class Texts:
    """What a check of a few parts asks about: ``own``, their texts (joined); ``reach``, those
    of the parts they depend on too (their helpers: a flow into one is reported at its call);
    ``functions``, ``own`` with the heads of the classes they are methods of (what a parameter
    source asks of a function's decorators and class); ``shown``, every part the check shows (a
    rule reporting at the source reports a flow to a sink anywhere); ``document``, whose imports
    may rename what matchers name; ``code``: gives ``own``, ``reach``, ``functions`` or ``shown``
    (by name) with their units' docstrings blanked out (see unit_docstrings), asked only of a rule
    whose words the text holds. Which literals each holds is noted as asked (the rules share them)."""

    own: str
    reach: str
    functions: str
    shown: str
    document: str
    code: Callable[[str], str] | None = None
    _code: dict[str, str] = field(default_factory=dict)
    _held: dict[tuple[str, str], bool] = field(default_factory=dict)
    _met: dict[tuple[str, int], tuple[object, bool]] = field(default_factory=dict)  # (which, id(side)) -> (side, met)

    def meets(self, side: tuple[object, tuple[str, ...]], which: str) -> bool:
        """Whether the text ``which`` names (a field's name) holds what ``side`` requires."""
        requirement, literals = side
        if requirement is None:
            return True
        known = self._met.get((which, id(side)))
        if known is not None and known[0] is side:
            return known[1]
        held, text, present = self._held, self._text(which), set()
        for literal in literals:
            key = (which, literal)
            found = held.get(key)
            if found is None:
                found = held[key] = literal in text
            if found:
                present.add(literal)
        met = requirement_met(requirement, present)
        self._met[(which, id(side))] = (side, met)  # (holding the side keeps its id)
        return met


    def _text(self, which: str) -> str:
        if not which.startswith("code "):
            return getattr(self, which)
        name = which[5:]
        if name not in self._code:
            self._code[name] = self.code(name)
        return self._code[name]


def taint_runs(rules, texts: Texts, entered: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The ids of the taint rules among ``rules`` that may find a flow in the parts of ``texts``,
    and of those whose data may enter there (``entered``: those whose data enters elsewhere)."""
    taint = [r for r in rules if r.taint is not None]
    entering = frozenset(r.id for r in taint if enters_in(r.taint, texts))
    return frozenset(r.id for r in taint if may_flow(r.taint, texts, r.id in entering | entered)), entering


def entry_offsets(facts, spec: TaintSpec) -> list[int] | None:
    """Where data of the rule ``spec`` enters a parsed text (``facts``: its taint_facts.FileFacts;
    see taint.entry_points; None: everywhere), and, linked to other modules (``facts.link``), where
    the calls of their functions that return request data are and the functions of its own
    that the files calling it feed with it."""
    found = entry_points(facts, spec)
    if found is None or facts.link is None:
        return found
    found += [call.range().start.index for call, _ in facts.imported_sources(spec)]
    helpers = facts.helpers()
    return found + [helpers[name].range().start.index for name, _ in fed_parameters(facts, spec) if name in helpers]


def enters_in(spec: TaintSpec, texts: Texts) -> bool:
    """Whether the data of the taint rule ``spec`` may enter in the parts of ``texts``: one of
    its sources, or a function whose parameters are sources, in them (one whose source asks about
    the module, as what an XML-RPC server registers does: in a document that may register it)."""
    return _meets(texts, _side(spec, "sources", _aliases(spec, texts)), "own") \
        or _meets(texts, _side(spec, "parameters"), "functions") \
        or texts.meets(_side(spec, "module parameters")[0], "document")


def may_flow(spec: TaintSpec, texts: Texts, enters: bool) -> bool:
    """Whether the taint rule ``spec``, whose data ``enters`` the file (in these parts or
    elsewhere), may find a flow in the parts of ``texts``: one of its sinks in them or in their
    helpers (a flow into one is reported at its call), or anywhere for a rule that reports at
    the source."""
    return enters and _meets(texts, _side(spec, "sinks", _aliases(spec, texts)),
                             "shown" if spec.report == "source" else "reach")


def _meets(texts: Texts, sides: tuple, which: str) -> bool:
    """Whether the text ``which`` holds what the first of ``sides`` requires, and its code (see
    Texts) what the second does."""
    return texts.meets(sides[0], which) and (texts.code is None or texts.meets(sides[1], "code " + which))


def _aliases(spec: TaintSpec, texts: Texts) -> frozenset[tuple[str, str]]:
    """(name, alias) of the imports the document renames that ``spec``'s sources and sinks name."""
    return frozenset(renamings(texts.document, spec.sources) | renamings(texts.document, spec.sinks))


def _side(spec: TaintSpec, kind: str, aliases: frozenset = frozenset()) -> tuple[tuple, tuple]:
    """(requirement, its literals) of a text holding one of ``spec``'s sources, sinks (renamed
    as ``aliases`` say too) or functions taking a source parameter (see _own), and of its code
    (see unit_docstrings): one object for equal sides (rules repeat their sources)."""
    key = (id(spec), kind, aliases)
    cached = _SIDES.get(key)
    if cached is None or cached[0] is not spec:
        if len(_SIDES) >= 8192:
            _SIDES.clear()
            _SAME.clear()
        items = [p for p in spec.parameters if _asks_module(p) == (kind == "module parameters")] \
            if kind.endswith("parameters") else with_aliases(getattr(spec, kind), set(aliases))
        sides = []
        for code in (False, True):
            requirement = any_of([_own(item)[code] for item in items]) if items else ("any", [])
            side = (requirement, tuple(sorted(requirement_literals(requirement))))
            sides.append(_SAME.setdefault(repr(side), side))
        cached = _SIDES[key] = (spec, tuple(sides))
    return cached[1]


def _asks_module(parameter: ParameterSource) -> bool:
    """Whether a parameter source asks about the module around its function (what it requires is
    then in the document, not in the function's part)."""
    return '"module"' in json.dumps([parameter.function, parameter.rule], default=repr)


def _own(item: Matcher | ParameterSource) -> tuple[object, object]:
    """The requirement (see literal_prefilter) of the text of the part holding the node a matcher
    matches (what it asks of its node, of the nodes in it and around it in that part: see _IN_PART;
    its constraints on the metavariables of its pattern), or of a function a
    parameter source names, with the decorated definition or class around it (or the module's,
    when it asks about the module: see _asks_module); and of that text's code (see unit_docstrings)."""
    cached = _OWN.get(id(item))
    if cached is None or cached[0] is not item:
        if len(_OWN) >= 8192:
            _OWN.clear()
        requirements = []
        for code in (False, True):
            if isinstance(item, ParameterSource):
                asked = [code_matcher(t) if code else t
                         for t in (item.function, {"has": item.rule} if item.rule else None) if t]
                requirement = all_of([required_literals(t, {}, shortest=_SHORTEST) for t in asked])
            else:
                rule, utils = item.config.get("rule"), item.config.get("utils") or {}
                pattern = rule.get("pattern") if isinstance(rule, dict) else None
                named = set(_METAVARIABLE.findall(pattern)) if isinstance(pattern, str) else set()
                constraints = {name: c for name, c in (item.config.get("constraints") or {}).items() if name in named}
                if code:
                    rule, utils = code_matcher(rule), code_utils(utils)
                    constraints = code_constraints(pattern, constraints)
                else:
                    constraints = list(constraints.values())
                own = {"around": False, "enclosing": _IN_PART, "shortest": _SHORTEST}
                requirement = all_of([required_literals(m, utils, **own) for m in (rule, *constraints)])
            requirements.append(requirement)
        cached = _OWN[id(item)] = (item, tuple(requirements))
    return cached[1]
