"""The taint rules' literal prefilter: which of their ast-grep rules a file's text can
match at all (the literals each needs, see loader.required_literals), found in one pass
over the text and shared by the files that hold the same literals."""

from __future__ import annotations

import bisect
import re
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
from postil.core.generations import Generations
from postil.core.userregex import Program, as_ast_grep_reads

# id(config) -> (config, requirement, literals); repr -> the one object for equal requirements (rules repeat
# their sources): kept while in use (core.generations)
_REQUIREMENTS: Generations[int, tuple[dict, object, tuple[str, ...]]] = Generations(10_000)
_SAME_REQUIREMENTS: Generations[str, object] = Generations(10_000)
_FUNCTIONS: dict[tuple[int, int], tuple[ParameterSource, dict]] = {}
_SPEC_FUNCTIONS: dict[tuple[int, int], tuple[TaintSpec, list]] = {}  # (id of a spec, of a grammar) -> its function configs
_LITERAL_INDEXES: dict[tuple[int, ...], tuple[list, object, dict]] = {}  # ids of a grammar and specs -> (specs, index, see LiteralPrefilter._alike)


def config_requirement(config: dict) -> tuple[object, tuple[str, ...]]:
    """The literals a text must hold for ``config`` (its rule and its constraints) to match,
    and each literal it names (cached; None: no need)."""
    cached = _REQUIREMENTS.young.get(id(config)) or _REQUIREMENTS.recall(id(config))
    if cached is None or cached[0] is not config:
        utils = config.get("utils") or {}  # a constraint must hold too: `$F` of `$M.$F(...)` names the call
        requirement = all_of([required_literals(config.get("rule"), utils)]
                             + [required_literals(c, utils) for c in (config.get("constraints") or {}).values()])
        shape = repr(requirement)
        same = _SAME_REQUIREMENTS.young.get(shape) or _SAME_REQUIREMENTS.recall(shape)
        requirement = same if same is not None else _SAME_REQUIREMENTS.put(shape, requirement)
        cached = adopt_requirement(config, requirement, tuple(sorted(requirement_literals(requirement))))
    return cached[1], cached[2]


def adopt_requirement(config: dict, requirement: object, literals: tuple[str, ...]) -> tuple:
    """Give ``config`` what config_requirement derives for it (``literals``: those of ``requirement``)."""
    return _REQUIREMENTS.put(id(config), (config, requirement, literals))


_SIDES: dict[tuple[int, str], tuple] = {}  # (id(spec), "sources"/"sinks") -> (spec, (requirement, its literals))


def source_side(spec: TaintSpec) -> tuple[object, tuple[str, ...]]:
    """(requirement, its literals) a text must meet to hold one of ``spec``'s sources (the
    half of Rule.requirement; a parameter of any function needs none)."""
    return _side(spec, "sources", lambda: any_of(
        [required_literals(m.config["rule"], {}) for m in spec.sources]
        + [all_of([required_literals(t, {}) for t in (p.function, p.rule) if t]) for p in spec.parameters]))


def sink_side(spec: TaintSpec) -> tuple[object, tuple[str, ...]]:
    """(requirement, its literals) a text must meet to hold one of ``spec``'s sinks (the
    other half of Rule.requirement)."""
    return _side(spec, "sinks", lambda: any_of([required_literals(m.config["rule"], {}) for m in spec.sinks]))


def _side(spec: TaintSpec, kind: str, requirement: Callable[[], object]) -> tuple[object, tuple[str, ...]]:
    """A side of ``spec`` (``requirement()`` builds it), kept: the same tuple each time (see text_meets)."""
    cached = _SIDES.get((id(spec), kind))
    if cached is None or cached[0] is not spec:
        if len(_SIDES) >= 8192:  # rule reloads leave old ones behind
            _SIDES.clear()
        built = requirement()
        cached = _SIDES[(id(spec), kind)] = (spec, (built, tuple(sorted(requirement_literals(built)))))
    return cached[1]


def text_meets(text: str, side: tuple[object, tuple[str, ...]], present: dict | None = None) -> bool:
    """Whether ``text`` holds the literals of ``side`` (see source_side); ``present``: which
    literals it holds and which sides it meets, as far as known (filled in: the rules' sides
    share most of their literals, and each is asked again for every importer)."""
    requirement, literals = side
    if present is None:
        return requirement_met(requirement, {literal for literal in literals if literal in text})
    known = present.get(id(side))
    if known is None or known[0] is not side:
        for literal in literals:
            if literal not in present:
                present[literal] = literal in text
        known = present[id(side)] = (side, requirement_met(requirement, {literal for literal in literals if present[literal]}))
    return known[1]


_PY_AS = re.compile(r"[\s\\]as[\s\\]+(\w+)")
_NOT_IMPORTS = ("except", "with", "case")  # `except E as e`, `with lock as held`: no import renamed
_JS_RENAMES = re.compile(r"\b(require|promisify|import)\b")
_RENAMINGS: dict[str, frozenset[tuple[str, str]]] = {}  # a text -> see _renamed
_STRINGS: dict[int, tuple[tuple, str]] = {}  # id(matchers) -> (matchers, their strings joined)
_WORDS: dict[str, re.Pattern] = {}  # a name -> the name as a word (as taint_aliases renames it)
# (what a text may rename, id(matchers)) -> (matchers, what renamings found): texts typed into rename alike
_NAMED: dict[tuple[frozenset, int], tuple[tuple, frozenset[tuple[str, str]]]] = {}


def _renamed(text: str) -> frozenset[tuple[str, str]]:
    """(name, alias) of what a Python text may rename (`import a.b as c`, `from m import x
    as y`: a superset of what taint_aliases finds on its parse), kept for the texts asked last."""
    known = _RENAMINGS.get(text)
    if known is None:
        if len(_RENAMINGS) >= 256:
            _RENAMINGS.clear()
        names, parenthesised = set(), None
        for match in _as_clauses(text):
            line = text.rfind("\n", max(0, match.start() - 256), match.start()) + 1
            name = _renamed_name(text, max(0, match.start() - 256), match.start() + 1)
            if name is None or text[line:name[0]].strip().endswith(_NOT_IMPORTS):
                continue
            if parenthesised is None:
                parenthesised = _parenthesised_imports(text)
            if _in_import(text, match.start(), parenthesised):
                names.add((name[1], match.group(1)))
        known = _RENAMINGS[text] = frozenset(names)
    return known


# (the word first, then what may not precede it: a pattern opening with a lookbehind is tried at
# every position of a text, one opening with its literal only where the literal is — 20x less over
# SQLAlchemy's modules)
_IMPORT_WORD = re.compile(r"import(?<![\w.]import)\b")
_IMPORT_PARENTHESIS = re.compile(r"import(?<![\w.]import)[ \t\\]*(?:\r?\n[ \t]*)?\(")


def _in_import(text: str, at: int, parenthesised: list[tuple[int, int]]) -> bool:
    """Whether the `as` at ``at`` may be part of an import statement (a superset of the parse's
    aliased imports): the word `import` before it on its logical line (lines a backslash
    continues), or inside the parentheses of a `from m import (...)`. Not the prose of a
    docstring (`values as well`: SQLAlchemy's modules are full of them, and each was read as a
    renamed source, every module that imports one summarised in the editor)."""
    start = text.rfind("\n", 0, at) + 1
    while start > 1 and text[:start - 1].rstrip("\r").endswith("\\"):
        start = text.rfind("\n", 0, start - 1) + 1
    if _IMPORT_WORD.search(text, start, at) is not None:
        return True
    return any(at < closing for _, closing in parenthesised[:bisect.bisect_left(parenthesised, (at,))])


def _parenthesised_imports(text: str) -> list[tuple[int, int]]:
    """(opening, closing) of the parentheses of each `import (` of a text, in order; the closing
    one is the first `)` after it out of a comment (the end of the text if none)."""
    found = []
    for match in _IMPORT_PARENTHESIS.finditer(text):
        at = match.end()
        while at < len(text):
            closing, comment = text.find(")", at), text.find("#", at)
            if closing < 0:
                at = len(text)
                break
            if 0 <= comment < closing:
                at = text.find("\n", comment)
                at = len(text) if at < 0 else at
                continue
            at = closing
            break
        found.append((match.end() - 1, at))
    return found


def _as_clauses(text: str):
    """The matches of _PY_AS, as its finditer gives them, tried only where `as` is (the
    pattern's own search tries every position of the text: most of a long module's cost)."""
    end, at = 0, text.find("as", 1)
    while at >= 0:
        if at - 1 >= end:
            match = _PY_AS.match(text, at - 1)
            if match is not None:
                yield match
                end = match.end()
        at = text.find("as", at + 1)


def _renamed_name(text: str, start: int, end: int) -> tuple[int, str] | None:
    """(where it starts, the name) of what _PY_RENAMED finds in ``text[start:end]``: the
    dotted name right before the spaces that end it, read backwards (the pattern tries each
    of the 256 positions before every `as`, and a docstring is full of them)."""
    at = end - 1
    while at >= start and (text[at].isspace() or text[at] == "\\"):
        at -= 1
    if at == end - 1:
        return None  # no space before the end
    last = at
    while at >= start and (text[at].isalnum() or text[at] in "_."):
        at -= 1
    if at == last or at < start and start > 0:
        return None  # no name, or one that may go on before the window (where nothing precedes it)
    return at + 1, text[at + 1:last + 1]


def _strings(matchers: tuple[Matcher, ...]) -> str:
    """The matchers' patterns and regexes (what with_aliases renames), joined."""
    known = _STRINGS.get(id(matchers))
    if known is None or known[0] is not matchers:
        if len(_STRINGS) >= 4096:
            _STRINGS.clear()
        found: list[str] = []
        todo: list = [m.config for m in matchers]
        while todo:
            value = todo.pop()
            if isinstance(value, dict):
                found += [v for k, v in value.items() if k in ("pattern", "regex") and isinstance(v, str)]
                todo += [v for k, v in value.items() if not (k in ("pattern", "regex") and isinstance(v, str))]
            elif isinstance(value, list):
                todo += value
        known = _STRINGS[id(matchers)] = (matchers, "\n".join(found))  # holds matchers: its id stays
    return known[1]


def renamings(text: str, matchers: tuple[Matcher, ...]) -> set[tuple[str, str]]:
    """(name, alias) of what a Python text may rename (see _renamed) that ``matchers`` name
    (as with_aliases renames them)."""
    renamed = _renamed(text)
    known = _NAMED.get((renamed, id(matchers)))
    if known is not None and known[0] is matchers:
        return set(known[1])
    strings, found = _strings(matchers), set()
    for name, alias in renamed:
        if name in strings:
            word = _WORDS.get(name)
            if word is None:
                if len(_WORDS) >= 4096:
                    _WORDS.clear()
                word = _WORDS[name] = re.compile(rf"(?<![\w$.]){re.escape(name)}\b")
            if word.search(strings):
                found.add((name, alias))
    if len(_NAMED) >= 4096:
        _NAMED.clear()
    _NAMED[(renamed, id(matchers))] = (matchers, frozenset(found))  # (holding matchers keeps its id)
    return found


def renamed_may_match(text: str, language: str, matchers: tuple[Matcher, ...], present: dict | None = None) -> bool:
    """Whether a file's text may hold a match of one of ``matchers`` renamed as the text may rename
    imports (see renamings, with_aliases: the copies its parse makes are among those), not of one as
    it is; a JavaScript file that may rename an import may hold any. ``present``: see text_meets."""
    if language != "python":
        return _JS_RENAMES.search(text) is not None
    present = {} if present is None else present
    return any(config_may_match(text, m.config, present)
               for m in with_aliases(matchers, renamings(text, matchers))[len(matchers):])


def text_may_match(text: str, language: str, side: tuple[object, tuple[str, ...]], matchers: tuple[Matcher, ...],
                   present: dict | None = None) -> bool:
    """Whether a file's text may hold a match of one of ``matchers`` (whose literals are
    ``side``, see source_side and sink_side) before it is parsed: the literals and regexes
    of one (see _may_match), or of one renamed as the text may rename imports (see
    renamings). A JavaScript file that may rename an import may hold any. ``present``:
    see text_meets."""
    present = {} if present is None else present
    if text_meets(text, side, present) and any(config_may_match(text, m.config, present) for m in matchers):
        return True
    return renamed_may_match(text, language, matchers, present)


def config_may_match(text: str, config: dict, present: dict) -> bool:
    """Whether a text may hold a match of ``config``: its literals (see config_requirement),
    then its regexes (see text_regexes), each searched once a text (kept in ``present``)."""
    if not text_meets(text, config_requirement(config), present):
        return False
    for pattern, program in text_regexes(config):
        if ("regex", pattern) not in present:
            present[("regex", pattern)] = program.found(text)
        if not present[("regex", pattern)]:
            return False
    return True


# a regex's tokens: an escape, a class (with its `[:name:]` items), Rust's ASCII boundary, one character
_TOKENS = re.compile(r"\\.|\[\^?\]?(?:\[:[a-z]+:\]|\\.|[^\]\\])*\]|\(\?-u:\\[bB]\)|.", re.DOTALL)
_ASSERTIONS = frozenset(("^", "$", "\\b", "\\B", "\\A", "\\z", "(?-u:\\b)", "(?-u:\\B)"))
_REGEXES: dict[int, tuple[dict, tuple]] = {}  # id(config) -> (config, see text_regexes)


def text_regexes(config: dict) -> tuple[tuple[str, Program], ...]:
    """(pattern, program) of the regexes a text holding a match of ``config`` matches
    somewhere (see _node_regexes): a node's text is part of its file's, and a regex that
    matches it matches there once its assertions (anchors, word boundaries: what the text
    around the node may break) are taken out, as they only ever narrow. Left out: one whose
    assertion is repeated, one that then matches every text, and one RE2 cannot read as
    ast-grep does."""
    cached = _REGEXES.get(id(config))
    if cached is None or cached[0] is not config:
        if len(_REGEXES) >= 20_000:
            _REGEXES.clear()
        found = []
        for pattern in _node_regexes(config.get("rule")):
            loosened = _without_assertions(pattern)
            program = None if loosened is None else as_ast_grep_reads(loosened, ascii_text=False)
            if program is not None and not program.found(""):
                found.append((loosened, program))
        cached = _REGEXES[id(config)] = (config, tuple(found))  # holds config: its id stays
    return cached[1]


def _without_assertions(pattern: str) -> str | None:
    """``pattern`` less its zero-width assertions outside classes; None where one is repeated
    (taking it out would hand its repetition to what stands before)."""
    tokens = _TOKENS.findall(pattern)
    kept = []
    for i, token in enumerate(tokens):
        if token in _ASSERTIONS:
            if i + 1 < len(tokens) and tokens[i + 1] in ("*", "+", "?", "{"):
                return None
            continue
        kept.append(token)
    return "".join(kept)


def _node_regexes(rule: object) -> list[str]:
    """The regexes every match of ``rule`` or a node it relates to (`has`, `inside`,
    `follows`, `precedes`) matches: those of `any` alternatives and under `not` are not."""
    if not isinstance(rule, dict):
        return []
    found = [rule["regex"]] if isinstance(rule.get("regex"), str) else []
    for key in ("has", "inside", "follows", "precedes"):
        found += _node_regexes(rule.get(key))
    for part in rule["all"] if isinstance(rule.get("all"), list) else ():
        found += _node_regexes(part)
    return found


_KEYED: dict[int, tuple[tuple, list, frozenset]] = {}  # id(matchers) -> (matchers, [(config_key, matcher)], keys)


def _keyed(matchers: tuple[Matcher, ...]) -> list[tuple[str, Matcher]]:
    """(config_key, matcher) of each of ``matchers`` (see scanned.config_key)."""
    return _keys(matchers)[0]


def _keys(matchers: tuple[Matcher, ...]) -> tuple[list[tuple[str, Matcher]], frozenset[str]]:
    """(config_key, matcher) of each of ``matchers``, and the set of their keys."""
    cached = _KEYED.get(id(matchers))
    if cached is None or cached[0] is not matchers:
        if len(_KEYED) >= 4096:  # rule reloads leave old ones behind
            _KEYED.clear()
        keyed = [(config_key(m.config), m) for m in matchers]
        cached = _KEYED[id(matchers)] = (matchers, keyed, frozenset(key for key, _ in keyed))
    return cached[1], cached[2]


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

    def found_none(self, matchers: tuple[Matcher, ...]) -> bool:
        """Whether a bulk scan ran every one of ``matchers`` that may match the file (see
        possible_matchers) and found none of them there: as asking each config's
        ScannedConfigs.found, in set operations where the file renames no import (each of a
        handler's ~10 rules asks it of its ~20 sinks)."""
        scanned = self.scanned
        if scanned is None:
            return False
        if self.aliases():
            return all(scanned.found(m.config) is False for m in self.possible_matchers(matchers))
        keyed, keys = _keys(matchers)
        if not keys.isdisjoint(scanned.matched):
            return False
        return keys <= scanned.ran or not any(self.possible(m.config) for key, m in keyed if key not in scanned.ran)

    def _literals_present(self) -> dict[str, bool]:
        """Which literals the rules' own configs name the text holds, found in one pass (a
        search of the text per literal cost ~1 ms a file)."""
        key = (id(self.g), *map(id, self.specs))
        cached = _LITERAL_INDEXES.get(key)
        if cached is None:
            if len(_LITERAL_INDEXES) >= 256:  # rule reloads leave old ones behind
                _LITERAL_INDEXES.clear()
            configs = [c for spec in self.specs for c in spec_configs(spec, self.g, self.scopes)]
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


def spec_configs(spec: TaintSpec, g=None, scopes: dict | None = None) -> list[dict]:
    """Every config a taint rule searches in grammar ``g`` (``scopes``: its functions, see
    grammar_configs): its sources', sinks', sanitizers', guards' and propagators', and those of
    the functions whose parameters are its sources (none without a grammar)."""
    functions = function_configs(spec, g, scopes) if g is not None else []
    return [m.config for ms in (spec.sources, spec.sinks, spec.sanitizers, spec.guards, spec.propagators) for m in ms] \
        + [c for c in functions if c is not None]


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
