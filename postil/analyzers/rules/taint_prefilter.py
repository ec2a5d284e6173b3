"""The taint rules' literal prefilter: which of their ast-grep rules a file's text can
match at all (the literals each needs, see loader.required_literals), found in one pass
over the text and shared by the files that hold the same literals."""

from __future__ import annotations

from collections.abc import Callable

from postil.analyzers.rules.literal_prefilter import (
    LiteralIndex,
    all_of,
    any_of,
    required_literals,
    requirement_literals,
    requirement_met,
)
from postil.analyzers.rules.scanned import ScannedConfigs, config_key
from postil.analyzers.rules.taint_aliases import with_aliases
from postil.analyzers.rules.taint_spec import Matcher, ParameterSource, TaintSpec

_REQUIREMENTS: dict[int, tuple[dict, object, tuple[str, ...]]] = {}  # id(config) -> (config, requirement, literals)
_SAME_REQUIREMENTS: dict[str, object] = {}  # repr -> the one object for equal requirements (rules repeat their sources)
_FUNCTIONS: dict[tuple[int, int], tuple[ParameterSource, dict]] = {}
_SPEC_FUNCTIONS: dict[tuple[int, int], tuple[TaintSpec, list]] = {}  # (id of a spec, of a grammar) -> its function configs
_LITERAL_INDEXES: dict[tuple[int, ...], tuple[list, object, dict]] = {}  # ids of a grammar and specs -> (specs, index, see LiteralPrefilter._alike)


def config_requirement(config: dict) -> tuple[object, tuple[str, ...]]:
    """The literals a text must hold for ``config`` (its rule and its constraints) to match,
    and each literal it names (cached; None: no need)."""
    cached = _REQUIREMENTS.get(id(config))
    if cached is None or cached[0] is not config:
        if len(_REQUIREMENTS) >= 20_000:
            _REQUIREMENTS.clear()
            _SAME_REQUIREMENTS.clear()
        utils = config.get("utils") or {}  # a constraint must hold too: `$F` of `$M.$F(...)` names the call
        requirement = all_of([required_literals(config.get("rule"), utils)]
                             + [required_literals(c, utils) for c in (config.get("constraints") or {}).values()])
        requirement = _SAME_REQUIREMENTS.setdefault(repr(requirement), requirement)
        cached = _REQUIREMENTS[id(config)] = (config, requirement, tuple(sorted(requirement_literals(requirement))))
    return cached[1], cached[2]


_SOURCE_SIDES: dict[int, tuple] = {}  # id(spec) -> (spec, its sources' requirement, its literals)


def source_side(spec: TaintSpec) -> tuple[object, tuple[str, ...]]:
    """(requirement, its literals) a text must meet to hold one of ``spec``'s sources (the
    half of Rule.requirement; a parameter of any function needs none)."""
    cached = _SOURCE_SIDES.get(id(spec))
    if cached is None or cached[0] is not spec:
        if len(_SOURCE_SIDES) >= 4096:  # rule reloads leave old ones behind
            _SOURCE_SIDES.clear()
        sources = any_of([required_literals(m.config["rule"], {}) for m in spec.sources]
                         + [all_of([required_literals(t, {}) for t in (p.function, p.rule) if t]) for p in spec.parameters])
        cached = _SOURCE_SIDES[id(spec)] = (spec, sources, tuple(sorted(requirement_literals(sources))))
    return cached[1], cached[2]


def text_meets(text: str, side: tuple[object, tuple[str, ...]]) -> bool:
    """Whether ``text`` holds the literals of ``side`` (see source_side)."""
    requirement, literals = side
    return requirement_met(requirement, {literal for literal in literals if literal in text})


_KEYED: dict[int, tuple[tuple, list]] = {}  # id(matchers) -> (matchers, [(config_key, matcher)])


def _keyed(matchers: tuple[Matcher, ...]) -> list[tuple[str, Matcher]]:
    """(config_key, matcher) of each of ``matchers`` (see scanned.config_key)."""
    cached = _KEYED.get(id(matchers))
    if cached is None or cached[0] is not matchers:
        if len(_KEYED) >= 4096:  # rule reloads leave old ones behind
            _KEYED.clear()
        cached = _KEYED[id(matchers)] = (matchers, [(config_key(m.config), m) for m in matchers])
    return cached[1]


class LiteralPrefilter:
    """Which of the taint rules ``specs``' configs the text of the file ``root`` (grammar
    ``g``) may match; ``aliases`` gives the imports the file renames (see taint_aliases);
    ``scanned``: what a bulk scan found of the configs in the file (a config it ran may
    match only where it found it)."""

    def __init__(self, root, g, specs: list, scopes: dict, aliases: Callable[[], set[tuple[str, str]]],
                 scanned: ScannedConfigs | None = None) -> None:
        self.root = root
        self.g = g
        self.specs = specs
        self.scopes = scopes  # the grammar's functions (see function_configs)
        self.aliases = aliases
        self.scanned = scanned
        self._present: dict[str, bool] | None = None  # literal -> whether the text holds it
        self._possible: dict[int, bool] = {}  # id(config) or id(requirement) -> see possible()
        self._matchers: dict[int, list[Matcher]] = {}  # id(matchers) -> see possible_matchers()
        # id(config) -> (config, possible()), ("matchers", id) -> (matchers, possible_matchers()):
        # shared by the files whose texts hold the same literals
        self._alike: dict[int | tuple, tuple] | None = None

    def possible(self, config: dict) -> bool:
        """Whether the file's text holds the literals ``config`` needs to match (see
        loader.required_literals): a sink of `ldap` in a file without the word is not
        searched."""
        known = self._possible.get(id(config))
        if known is not None:
            return known
        found = self.scanned.found(config) if self.scanned is not None else None
        if found is not None:
            self._possible[id(config)] = found
            return found
        requirement, literals = config_requirement(config)
        if not literals:  # the engine's own searches, of node kinds
            known = self._possible[id(config)] = requirement_met(requirement, set())
            return known
        present = self._present if self._present is not None else self._literals_present()
        shared = self._alike.get(id(config)) if self._alike is not None else None
        if shared is not None and shared[0] is config:
            self._possible[id(config)] = shared[1]
            return shared[1]
        known = self._possible.get(id(requirement))
        if known is None:
            for literal in literals:
                if literal not in present:  # an aliased config's own literal
                    present[literal] = literal in self.root.text()
            known = self._possible[id(requirement)] = requirement_met(
                requirement, {literal for literal in literals if present[literal]})
        self._possible[id(config)] = known
        if self._alike is not None:
            self._alike[id(config)] = (config, known)
        return known

    def possible_matchers(self, matchers: tuple[Matcher, ...]) -> list[Matcher]:
        """``matchers`` with the file's aliases (see with_aliases), less those whose literals
        the text lacks (see possible): the same for every file holding the same literals,
        so found once for them all (a file's rules ask ~200 times)."""
        known = self._matchers.get(id(matchers))
        if known is None and self.scanned is not None and not self.aliases():  # what the scan found is this file's own
            ran, matched = self.scanned.ran, self.scanned.matched
            known = self._matchers[id(matchers)] = [m for key, m in _keyed(matchers) if key in matched
                                                    or key not in ran and self.possible(m.config)]
        if known is None:
            if self._present is None:
                self._literals_present()
            alike = self._alike
            shared = alike.get(("matchers", id(matchers))) if alike is not None else None
            if shared is not None and shared[0] is matchers:
                known = shared[1]
            else:
                known = [m for m in with_aliases(matchers, self.aliases()) if self.possible(m.config)]
                if alike is not None:
                    alike[("matchers", id(matchers))] = (matchers, known)  # holding `matchers` keeps its id
            self._matchers[id(matchers)] = known
        return known

    def _literals_present(self) -> dict[str, bool]:
        """Which literals the rules' own configs name the text holds, found in one pass (a
        search of the text per literal cost ~1 ms a file)."""
        key = (id(self.g), *map(id, self.specs))
        cached = _LITERAL_INDEXES.get(key)
        if cached is None:
            if len(_LITERAL_INDEXES) >= 256:  # rule reloads leave old ones behind
                _LITERAL_INDEXES.clear()
            configs = [m.config for spec in self.specs
                       for ms in (spec.sources, spec.sinks, spec.sanitizers, spec.guards, spec.propagators) for m in ms]
            configs += [c for spec in self.specs for c in self.function_configs(spec) if c is not None]
            index = LiteralIndex.of_literals(literal for c in configs for literal in config_requirement(c)[1])
            cached = _LITERAL_INDEXES[key] = (self.specs, index, {})  # holds the specs: their ids stay
        index, alike = cached[1], cached[2]
        found = index.present(self.root.text())
        self._present = dict.fromkeys(index.literals, False) | dict.fromkeys(found, True)
        if not self.aliases():  # else a renamed config's own literals are looked up in the text
            if len(alike) >= 1024:
                alike.clear()
            self._alike = alike.setdefault(frozenset(found), {})
        return self._present

    def function_configs(self, spec: TaintSpec) -> list[dict | None]:
        """Per parameter source, the rule its functions match (None: every function)."""
        return function_configs(spec, self.g, self.scopes)


def function_configs(spec: TaintSpec, g, scopes: dict) -> list[dict | None]:
    """Per parameter source of ``spec``, the rule its functions match in grammar ``g``
    (``scopes``: its functions, see grammar_configs; None: every function), the same objects
    on every call."""
    key = (id(spec), id(g))
    if key not in _SPEC_FUNCTIONS:
        if len(_SPEC_FUNCTIONS) >= 4096:  # rule reloads leave old ones behind
            _SPEC_FUNCTIONS.clear()
        _SPEC_FUNCTIONS[key] = (spec, _function_configs(spec, g, scopes))  # holds spec: its id stays
    return _SPEC_FUNCTIONS[key][1]


def _function_configs(spec: TaintSpec, g, scopes: dict) -> list[dict | None]:
    """Per parameter source, the functions it may apply to: the grammar's functions
    matching its function rule, or with none, holding a node its parameter rule matches
    (as its source probe has it, see source_probe: a file without one is entered by none)."""
    out = []
    for p in spec.parameters:
        if p.function is None and p.rule is None:
            out.append(None)
            continue
        key = (id(p), id(g))
        if key not in _FUNCTIONS:
            if len(_FUNCTIONS) >= 4096:  # rule reloads leave old ones behind
                _FUNCTIONS.clear()
            parts = [scopes["rule"], p.function or {"has": {"stopBy": "end", "any": [p.rule]}}]
            _FUNCTIONS[key] = (p, {"rule": {"all": parts}})  # holds p: its id stays
        out.append(_FUNCTIONS[key][1])
    return out
