"""One traversal of a parsed file for many ast-grep rules at once.

ast-grep-py compiles a rule on every ``find_all`` and walks the whole tree, so a file's
pattern rules, and its taint rules' sources, sinks and sanitizers, are searched
together: each rule becomes an alternative of one combined rule, its metavariables
renamed apart and the node it matched bound to a marker, so one traversal tells every
rule that matched each node. ast-grep's ``any`` keeps only the first alternative
matching a node; the combined rule is therefore ``all: [any(alternatives),
any(alt_1, ALWAYS), ..., any(alt_n, ALWAYS)]``: the first part picks the nodes some
rule matches, the others bind each rule's marker where it matches too.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
from dataclasses import dataclass

from ast_grep_py import SgRoot

from postil.analyzers.rules.bound_names import narrowed
from postil.analyzers.rules.far_clauses import optimistic, settled
from postil.analyzers.rules.kinds_traversal import KindsTraversal, kinds_only
from postil.analyzers.rules.node_checks import NodeCheck, node_check
from postil.analyzers.rules.scanned import ScannedConfigs, config_key
from postil.analyzers.rules.scanned_matches import NodeMatch, RecordMatches
from postil.core.generations import Generations
from postil.core.userregex import Program, as_ast_grep_reads

_METAVARIABLE = re.compile(r"(\$\$\$|\$)([A-Z_][A-Z0-9_]*)")
_ALWAYS = {"any": [{"kind": "ERROR"}, {"not": {"kind": "ERROR"}}]}  # true of every node
_GROUP = 8  # rules per group marker (see SharedSearch._search)


def suffix_metavariables(rule: object, suffix: str) -> object:
    """An ast-grep rule with each named metavariable in its patterns renamed ($Q → $Q_1)."""
    if isinstance(rule, dict):
        return {k: (_METAVARIABLE.sub(lambda m: m.group(1) + m.group(2) + suffix, v)
                    if k in ("pattern", "context") and isinstance(v, str) else suffix_metavariables(v, suffix))
                for k, v in rule.items()}
    if isinstance(rule, list):
        return [suffix_metavariables(v, suffix) for v in rule]
    return rule


_ASCII_CLASSES = {"w": "0-9A-Za-z_", "d": "0-9", "s": "\\t\\n\\v\\f\\r "}
_NON_ASCII = "\\x{80}-\\x{10FFFF}"


def ascii_regex(regex: str) -> str:
    """``regex`` with its Unicode classes (``\\w``, ``\\d``, ``\\s``, their negations and
    ``\\b``) spelt as their ASCII forms, and what excludes characters (``.``, ``[^...]``)
    excluding non-ASCII too: the same matches on ASCII text, and ~3-10x cheaper for ast-grep
    to compile (its Rust regexes build Unicode tables on every search; a rule's ``\\w`` cost
    ~0.3 ms each time, a ``.`` or ``[^,]`` ~0.05 ms). Unchanged where a rewrite might not be
    exact: verbose mode, a negated class inside a set, set operations in a negated set."""
    if "(?x" in regex or re.search(r"\(\?[a-wyz]*x", regex) \
            or re.search(r"\(\?[a-zA-Z]*-[a-zA-Z]*u", re.sub(r"\(\?-u:\\[bB]\)", "", regex)):
        return regex  # verbose, or bytes mode (where the added range is no character)
    dots = not re.search(r"\(\?[a-zA-Z]*[sR]", regex)  # `.` is "not \n" unless flags say otherwise
    # Case-insensitive: the added non-ASCII range folds to `s` and `k` (U+017F, U+212A), so what
    # excludes it would exclude them too; negations stay as written there.
    folds = bool(re.search(r"\(\?[a-zA-Z]*i", regex))
    out, i, depth, negated = [], 0, 0, False
    while i < len(regex):
        c = regex[i]
        if c == "\\" and i + 1 < len(regex):
            e = regex[i + 1]
            if e in _ASCII_CLASSES:
                out.append(_ASCII_CLASSES[e] if depth else f"[{_ASCII_CLASSES[e]}]")
            elif e.lower() in _ASCII_CLASSES:
                if depth:
                    return regex
                out.append(c + e if folds else f"[^{_ASCII_CLASSES[e.lower()]}{_NON_ASCII}]")
            elif e in "bB" and not depth:
                out.append(f"(?-u:\\{e})")
            else:
                out.append(c + e)
            i += 2
            continue
        if c == "[":
            if depth and regex.startswith("[:", i):  # a POSIX class such as [:alpha:]
                end = regex.find(":]", i)
                if end < 0:
                    return regex
                out.append(regex[i:end + 2])
                i = end + 2
                continue
            depth += 1
            out.append(c)
            i += 1
            if regex.startswith("^", i):
                out.append("^")
                i += 1
                if depth == 1:
                    negated = not folds
            if regex.startswith("]", i):  # a `]` first in a set is itself
                out.append("]")
                i += 1
            continue
        if c == "]" and depth:
            depth -= 1
            if not depth and negated:
                negated = False
                out.append(_NON_ASCII)
        elif negated and regex.startswith(("&&", "--", "~~"), i):
            return regex  # a set operation: the added range would not be excluded
        elif c == "." and not depth and dots and not folds:
            out.append(f"[^\\n{_NON_ASCII}]")
            i += 1
            continue
        out.append(c)
        i += 1
    return regex if depth else "".join(out)


def ascii_rule(value: object) -> object:
    """A rule tree (or config) with every ``regex`` spelt for ASCII text (see ascii_regex)."""
    if isinstance(value, dict):
        return {k: (ascii_regex(v) if k == "regex" and isinstance(v, str) else ascii_rule(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [ascii_rule(v) for v in value]
    return value


def _patterns(value: object) -> list[str]:
    """Every pattern string in a rule tree (patterns, and pattern objects' contexts), in order."""
    if isinstance(value, dict):
        out = []
        for k, v in value.items():
            if k == "pattern" and isinstance(v, str):
                out.append(v)
            elif k == "pattern" and isinstance(v, dict) and isinstance(v.get("context"), str):
                out.append(v["context"])
            else:
                out.extend(_patterns(v))
        return out
    if isinstance(value, list):
        return [p for v in value for p in _patterns(v)]
    return []


_DOLLAR_LANGUAGES = frozenset({"javascript", "typescript", "tsx"})  # `$` is an identifier character there


def _parses_alike(pattern: str, renamed: str, language: str) -> bool:
    """Whether a pattern with its metavariables renamed parses to the same tree: a pattern
    that is not valid code is parsed with error recovery, whose choices may depend on the
    names' lengths (`HTMLResponse(content=$S $$$)` matches where `$S_12` does, not `$S`)."""
    if pattern == renamed:
        return True
    expando = "$" if language in _DOLLAR_LANGUAGES else "µ"  # as ast-grep parses patterns
    try:
        return _shape(SgRoot(pattern.replace("$", expando), language).root()) == \
            _shape(SgRoot(renamed.replace("$", expando), language).root())
    except BaseException as exc:  # pyo3 panics are BaseException subclasses
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        return False


def _shape(node) -> tuple:
    return node.kind(), tuple(_shape(child) for child in node.children())


def _renamed_utils(rule: object, names: dict[str, str]) -> object:
    """A rule tree with ``matches: NAME`` of a local utility rule renamed."""
    if isinstance(rule, dict):
        return {k: (names.get(v, v) if k == "matches" and isinstance(v, str) else _renamed_utils(v, names))
                for k, v in rule.items()}
    if isinstance(rule, list):
        return [_renamed_utils(v, names) for v in rule]
    return rule


@dataclass(frozen=True)
class Alternative:
    """A config prepared to share a traversal: number ``n``, its constraints as metavariable →
    (check, whether it must hold: see _regex_constraints), and its rule and utility rules with
    metavariables renamed (``suffix`` appended), utilities renamed ``u<n>_<name>`` and
    the matched node bound to ``$$ALTMARK<n>`` (``$$``: ``$ALTMARK`` would not match
    unnamed nodes)."""

    n: int
    suffix: str
    constraints: dict[str, tuple[NodeCheck, bool]]
    rule: dict
    utils: dict[str, dict]
    exact: bool = True  # False: the shared traversal finds a superset (see _prepare)
    node_regex: Program | None = None  # the rule's own top-level regex, checked here (see _lifted_regex)
    node_not_regexes: tuple[Program, ...] = ()  # the regexes of its top-level `not`, checked here (see _lifted_not)
    field_regex: tuple[str, Program] | None = None  # its top-level `has: {field, regex}`, checked here (see _lifted_field)


@dataclass(frozen=True)
class Prepared:
    """A config as searched: its content key, the config given to ast-grep (regexes
    spelt for ASCII text when the text is ASCII) and its alternative for a shared
    traversal (None: searched alone)."""

    content: str
    config: dict
    alternative: Alternative | None


# Configs prepared, kept while in use (core.generations: a long file's narrowed configs, one set a file,
# pass out; the rules' own stay): (id(config), language, ascii, lift) -> (config, prepared), and by content
KEPT = 10_000
_PREPARED: Generations[tuple, tuple[dict, Prepared]] = Generations(KEPT)
_BY_CONTENT: Generations[str, Prepared] = Generations(KEPT)
_NUMBERS = itertools.count()  # each alternative's own (a prepared config passed out leaves its number unused)
_LOCK = threading.Lock()


def prepared(config: dict, language: str, ascii_text: bool, lift: bool = False) -> Prepared:
    """``config`` ready to search a text in ``language`` (ASCII or not; ``lift``: a short
    one, see _lifted_regex). Cached: rule configs live as long as their rules, and configs
    with the same content (taint rules repeat their sources) share one alternative."""
    key = (id(config), language, ascii_text, lift)
    cached = _PREPARED.young.get(key) or _PREPARED.recall(key)
    if cached is not None and cached[0] is config:
        return cached[1]
    content = json.dumps([config, language, ascii_text, lift], sort_keys=True, default=repr)  # YAML may hold dates
    with _LOCK:  # one Prepared for one content when two threads check at once
        ready = _BY_CONTENT.young.get(content) or _BY_CONTENT.recall(content)
        if ready is None:
            searched = ascii_rule(config) if ascii_text else config
            try:
                alternative = _prepare(config, searched, language, ascii_text, next(_NUMBERS), lift)
            except (TypeError, ValueError, KeyError, AttributeError):  # an odd rule tree: it is searched alone
                alternative = None
            ready = _BY_CONTENT.put(content, Prepared(content, searched, alternative))
        _PREPARED.put(key, (config, ready))  # holding the config keeps its id
        return ready


def _prepare(config: dict, searched: dict, language: str, ascii_text: bool, n: int,
             lift: bool = False) -> Alternative | None:
    """``config`` as alternative ``n`` of a shared traversal (its rule and utilities as in
    ``searched``, its regex constraints checked here in RE2, linear in the text whatever the
    pattern), or None when it cannot share one (keys beyond rule, constraints, utils and
    transform; a regex constraint naming a metavariable outside pattern strings, a pattern the
    renaming parses differently). With transforms, constraints that are not plain regexes or
    regexes RE2 cannot read as ast-grep does (on ``ascii_text`` or any text: see
    postil.core.userregex), the traversal finds where it may match (a superset), and the
    config is searched on its own only where that found something."""
    utils = config.get("utils") or {}
    if set(config) - {"rule", "constraints", "utils", "transform"} or not isinstance(utils, dict) \
            or not isinstance(config.get("constraints") or {}, dict):
        return None
    constraints, exact = _regex_constraints(config, ascii_text, lift)
    exact = exact and "transform" not in config
    names = {name: f"u{n}_{name}" for name in utils}
    searched_rule, node_regex, node_not_regexes, field_regex = _lift(config["rule"], searched["rule"], ascii_text, lift)
    for suffix in _suffixes(n):
        rule = _renamed_utils(suffix_metavariables(searched_rule, suffix), names)
        utils = {names[k]: _renamed_utils(suffix_metavariables(v, suffix), names)
                 for k, v in (searched.get("utils") or {}).items()}
        if any(re.search(rf"\${re.escape(name)}\b", json.dumps([rule, utils], default=repr)) for name in constraints):
            return None  # named outside a pattern string, where the renaming does not reach
        if all(_parses_alike(p, q, language) for p, q in zip(_patterns([config["rule"], config.get("utils")]),
                                                             _patterns([rule, utils]), strict=True)):
            return Alternative(n, suffix, constraints, {"all": [rule, {"pattern": f"$$ALTMARK{n}"}]}, utils, exact,
                               node_regex, node_not_regexes or (), field_regex)
    return None


def _regex_constraints(config: dict, ascii_text: bool, lift: bool) -> tuple[dict[str, tuple[NodeCheck, bool]], bool]:
    """A config's constraints checked here, as metavariable -> (check of the bound node, whether
    it must hold): regexes (or their negations) RE2 reads as ast-grep does, and in short texts
    (``lift``, see _lifted_regex) small rules of kinds and regexes (see node_checks); and
    whether they are all of them."""
    exact, constraints = True, {}
    for name, constraint in (config.get("constraints") or {}).items():
        negated = isinstance(constraint, dict) and set(constraint) == {"not"} and isinstance(constraint["not"], dict)
        inner = constraint["not"] if negated else constraint
        check = node_check(inner, ascii_text) if lift or isinstance(inner, dict) and set(inner) == {"regex"} else None
        if check is None:
            exact = False
        else:
            constraints[name] = (check, not negated)
    return constraints, exact


def _lift(rule: dict, searched: dict, ascii_text: bool,
          lift: bool) -> tuple[dict, Program | None, tuple | None, tuple[str, Program] | None]:
    """``searched`` (``rule`` as searched) less its top-level regexes checked here (``lift``:
    see _lifted_regex, _lifted_not, _lifted_field), and those regexes."""
    node_regex = _lifted_regex(rule, ascii_text) if lift else None
    node_not_regexes = _lifted_not(rule, ascii_text) if lift else None
    field_regex = _lifted_field(rule, ascii_text) if lift else None
    lifted = {"regex"} if node_regex is not None else set()
    lifted |= {"not"} if node_not_regexes is not None else set()
    lifted |= {"has"} if field_regex is not None else set()
    return ({k: v for k, v in searched.items() if k not in lifted} if lifted else searched), node_regex, \
        node_not_regexes, field_regex


_ALONE: Generations[tuple, tuple[dict, dict, Alternative | None]] = Generations(KEPT)  # (id(config), ascii, lift) -> (config, searched, checks)


def _alone_search(config: dict, ascii_text: bool, lift: bool) -> tuple[dict, Alternative | None]:
    """``config`` to search alone, and what to check here on its matches (None: nothing): its
    regex constraints and lifted regexes, which ast-grep would compile on every search (the
    shared traversal checks them here too; 0.38 ms a file for `request.$A` and its constraint)."""
    cached = _ALONE.young.get((id(config), ascii_text, lift)) or _ALONE.recall((id(config), ascii_text, lift))
    if cached is None or cached[0] is not config:
        searched, checks = (ascii_rule(config) if ascii_text else config), None
        plain = set(config) <= {"rule", "constraints"} and isinstance(config.get("rule"), dict) \
            and isinstance(config.get("constraints") or {}, dict)
        constraints, exact = _regex_constraints(config, ascii_text, lift) if plain else ({}, False)
        if exact:
            rule, node_regex, node_not_regexes, field_regex = _lift(config["rule"], searched["rule"], ascii_text, lift)
            if constraints or node_regex is not None or node_not_regexes or field_regex is not None:
                searched = {"rule": rule}
                checks = Alternative(-1, "", constraints, rule, {}, True, node_regex, node_not_regexes or (), field_regex)
        cached = _ALONE.put((id(config), ascii_text, lift), (config, searched, checks))
    return cached[1], cached[2]


_POSITIVE_KEYS = ("pattern", "kind", "any", "all")
# Texts up to this many characters have their rules' top-level regexes checked by postil:
# a 1,000-line file of handlers took 130 ms CPU a check with ast-grep checking them, 175
# ms with postil; a 20-line handler 30% less of its shared traversals' cost.
_LIFT_LIMIT = 4096
# a text past which a rule's questions about the whole file are answered once (see far_clauses): in a
# shorter one the walk at each candidate costs less than settling them (library code, deep nesting)
_FAR_ONCE = 64 * 1024
# a text past which a rule's walks bound to a name are turned away early where the name is not in the
# file's answer (see bound_names): in a shorter one its candidates are few and each walk short
_NARROW_PAST = 16 * 1024


def _lifted_regex(rule: object, ascii_text: bool) -> Program | None:
    """A rule's top-level ``regex`` (on the matched node's text) as an RE2 program, to check
    here on the nodes the rest of the rule matches; None to leave it to ast-grep (no such
    regex, nothing positive left without it, or RE2 cannot read it as ast-grep does).
    ast-grep compiles a rule's regexes on every search, ~0.05-0.2 ms each: most of what a
    small file's shared traversal cost. Only for short texts (_LIFT_LIMIT): in a long one
    the nodes to check here are many, and ast-grep checks them faster. Not where the rule looks
    far around its node (``stopBy``): ast-grep checks the regex first, and without it looked
    around every node of the kind (`inside: {stopBy: end, kind: module, has: {stopBy: end ...}}`
    searched the whole module once a statement)."""
    if not isinstance(rule, dict) or not isinstance(rule.get("regex"), str) \
            or not any(key in rule for key in _POSITIVE_KEYS) or _looks_far(rule):
        return None
    return as_ast_grep_reads(rule["regex"], ascii_text)


def _looks_far(rule: dict) -> bool:
    """Whether a rule's own relations (``inside``, ``has``, ``follows``, ``precedes``) go past
    the node's parent or children (a ``stopBy``)."""
    return any(isinstance(rule.get(key), dict) and "stopBy" in rule[key] for key in ("inside", "has", "follows", "precedes"))


def _lifted_not(rule: object, ascii_text: bool) -> tuple[Program, ...] | None:
    """The regexes of a rule's top-level ``not`` when it is only regexes (`not: {regex: R}`,
    `not: {any: [{regex: R1}, {regex: R2}]}`), as RE2 programs to check here as
    _lifted_regex does (a node matches when none finds its text); None to leave it to ast-grep."""
    if not isinstance(rule, dict) or not isinstance(rule.get("not"), dict) \
            or not any(key in rule for key in _POSITIVE_KEYS):
        return None
    negated = rule["not"]
    items = negated["any"] if set(negated) == {"any"} and isinstance(negated["any"], list) else [negated]
    if not items or not all(isinstance(i, dict) and set(i) == {"regex"} and isinstance(i["regex"], str) for i in items):
        return None
    programs = tuple(as_ast_grep_reads(i["regex"], ascii_text) for i in items)
    return None if any(p is None for p in programs) else programs


# fields that hold one child in the grammars here: `has: {field: F}` is then that child
_SINGLE_FIELDS = frozenset({"function", "arguments", "object", "attribute", "property", "name"})


def _lifted_field(rule: object, ascii_text: bool) -> tuple[str, Program] | None:
    """A rule's top-level ``has: {field: F, regex: R}`` (`kind: call` whose callee's text R
    finds: the sanitizers' shape) as (F, RE2 program), to check here on the nodes the rest of
    the rule matches as _lifted_regex does: ast-grep compiled R on every search (a sanitizer's
    list of names ~30-80 us a small file, most of its search). None to leave it to ast-grep."""
    has = rule.get("has") if isinstance(rule, dict) else None
    if not isinstance(has, dict) or set(has) != {"field", "regex"} or has["field"] not in _SINGLE_FIELDS \
            or not isinstance(has["regex"], str) or not any(key in rule for key in _POSITIVE_KEYS) or _looks_far(rule):
        return None
    program = as_ast_grep_reads(has["regex"], ascii_text)
    return None if program is None else (has["field"], program)


_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _suffixes(n: int) -> list[str]:
    """Ways to rename metavariables apart for alternative ``n``: a fixed-width code (two
    characters: names that differ stay different), then with a separator. Short ones
    first: an invalid pattern's error recovery can change with a name's length."""
    if n >= len(_DIGITS) ** 2:
        return [f"_{n}"]
    code = _DIGITS[n // len(_DIGITS)] + _DIGITS[n % len(_DIGITS)]
    return [code, f"_{code}"]


class Bound(NodeMatch):
    """A node of a shared traversal as the match of one of its configs: metavariables
    under the config's own names; everything else is the node's."""

    __slots__ = ("_suffix",)

    def __init__(self, node, suffix: str) -> None:
        self.node = node
        self._suffix = suffix

    def get_match(self, name: str):
        return self.node.get_match(name + self._suffix)

    def get_multiple_matches(self, name: str) -> list:
        return self.node.get_multiple_matches(name + self._suffix)


def _constraints_hold(node, alt: Alternative) -> bool:
    """Whether the node meets the alternative's lifted regex and its constraints (as in
    ast-grep, a constraint on an unbound metavariable holds)."""
    if alt.node_regex is not None and not alt.node_regex.found(node.text()):
        return False
    if alt.node_not_regexes and any(regex.found(node.text()) for regex in alt.node_not_regexes):
        return False
    if alt.field_regex is not None:
        child = node.field(alt.field_regex[0])
        if child is None or not alt.field_regex[1].found(child.text()):
            return False
    for name, (check, wanted) in alt.constraints.items():
        bound = node.get_match(name + alt.suffix)
        if bound is not None and check(bound) != wanted:
            return False
    return True


class SharedSearch:
    """The matches of many configs in one parsed file (``root``: its SgNode, in ``language``;
    ``ascii_text``: whether the file's text is ASCII): those that can share a traversal are searched
    together, on first use after :meth:`add`; :meth:`find` gives a config's matches as
    ``root.find_all(config)`` would, in document order. ``scanned``: the configs a bulk scan
    already ran on the file; those it found nowhere are not searched."""

    def __init__(self, root, language: str, ascii_text: bool, configs=(), scanned: ScannedConfigs | None = None) -> None:
        self.root = root
        self.language = language
        self.ascii_text = ascii_text
        self.scanned = scanned
        size = len(root.text())  # (ast-grep-py builds the text anew at each ask)
        self.lift = size <= _LIFT_LIMIT
        self._far_once = size > _FAR_ONCE
        self._narrow = size > _NARROW_PAST
        # after a bulk scan a short text's configs are searched each alone (see add)
        self.alone = scanned is not None and self.lift
        self._pending: dict[int, Alternative] = {}
        self._found: dict[str | int, list] = {}  # alternative number or content key -> matches
        self._kinds = KindsTraversal(root)  # the searches of node kinds noted by add_kinds
        self._settled: dict[int, tuple[dict, dict]] = {}  # id(config) -> (config, as searched here)
        self._records = RecordMatches(root, language, ascii_text, scanned.records) \
            if self.alone and scanned.records else None  # the scan's matches (see _alone)
        self.add(configs)

    def add(self, configs) -> None:
        """Configs to search together in the next shared traversal, less those a bulk scan
        found nowhere. In a short text after a bulk scan, none: the few configs it leaves
        (those it found, the engine's node kinds) cost less searched each alone than through
        a shared traversal's markers (1,250 handlers: 1.2 s, not 1.5); in a long one each
        traversal costs more than compiling them."""
        if self.alone:
            return
        for config in configs:
            if self.scanned is not None and self.scanned.absent(config):
                continue
            alt = prepared(self._batched(config), self.language, self.ascii_text, self.lift).alternative
            if alt is not None and alt.n not in self._found:
                self._pending[alt.n] = alt

    def find(self, config: dict) -> list:
        """Every match of ``config`` (raises what ast-grep raises for a broken rule)."""
        if self.alone:
            return self._alone(config)
        if self.scanned is not None and self.scanned.absent(config):
            return []
        ready = prepared(self._asked(config), self.language, self.ascii_text, self.lift)
        alt = ready.alternative
        if alt is not None and alt.n in self._pending:
            self._search()
        if alt is not None and alt.n in self._found and (alt.exact or not self._found[alt.n]):
            return self._found[alt.n]
        key = ready.content
        if key not in self._found:
            self._found[key] = self.root.find_all(ready.config)
        return self._found[key]

    def _alone(self, config: dict) -> list:
        """``config``'s matches after a bulk scan: none where it found none, else those its
        records give (see scanned_matches), else searched alone (once for configs of the same
        content: taint rules repeat their sources)."""
        if self.scanned.absent(config):
            return []
        key = config_key(config)
        if key in self._kinds.pending:
            self._found.update(self._kinds.traverse())
        if key not in self._found and self._records is not None and kinds_only(config) is None \
                and key in self.scanned.ran:
            recorded = self._records.matches(config, key)
            if recorded is not None:
                self._found[key] = recorded
        if key not in self._found:
            searched, checks = _alone_search(self._asked(config), self.ascii_text, self.lift)
            kinds = kinds_only(searched)  # (a sanitizer's `kind: call` is among the calls the traversal finds)
            if kinds is not None and self._kinds.covers(kinds):
                self._found.update(self._kinds.traverse())
            nodes = self._kinds.of(kinds) if kinds is not None else None
            nodes = self.root.find_all(searched) if nodes is None else nodes
            self._found[key] = nodes if checks is None else [n for n in nodes if _constraints_hold(n, checks)]
        return self._found[key]

    def _batched(self, config: dict) -> dict:
        """``config`` as the next shared traversal searches it: in a long text, without its questions
        about the whole file where it may (see far_clauses.optimistic), else as _asked has it."""
        return (optimistic(config) or self._asked(config)) if self._far_once else self._asked(config)

    def _asked(self, config: dict) -> dict:
        """``config`` as this file is searched for it: in a long text, its questions about the whole
        file answered once (see far_clauses; in a short one a walk of the file at each node costs
        less than asking), unless it can match nowhere with them taken to hold (asked nothing), and
        its walks bound to a name narrowed to the names they may find (see bound_names)."""
        if not self._narrow:
            return config
        known = self._settled.get(id(config))
        if known is None or known[0] is not config:
            asked = config
            if self._far_once:
                wide = optimistic(config)
                asked = wide if wide is not None and not self.find(wide) else settled(config, self.root)
            known = self._settled[id(config)] = (config, narrowed(asked, self.root))
        return known[1]

    def add_kinds(self, configs) -> None:
        """Configs that are only node kinds (the taint engine's own: scopes, assignments,
        calls...), added as :meth:`add` does; in a short text after a bulk scan, to be searched
        together, in one traversal for all their kinds, when the first of them is asked (see
        kinds_traversal)."""
        if not self.alone:
            self.add(configs)
            return
        for config in configs:
            kinds = kinds_only(config)
            if kinds is not None and not self.scanned.absent(config):
                key = config_key(config)
                if key not in self._found:
                    self._kinds.pending[key] = kinds

    def _search(self) -> None:
        alts, self._pending = list(self._pending.values()), {}
        if len(alts) < 2:
            return  # a rule alone is searched on its own
        # Each rule is a utility rule, compiled once though named three times: in the
        # choice of nodes, in its group's marker and in its own. Groups of rules share a
        # marker, so a node's rules are told by asking only the groups' markers first.
        # "Or else true" is one utility too: written out for each rule, ast-grep compiled it
        # each time (~14% of compiling a small file's shared rules, most of its search's cost).
        utils = {k: v for a in alts for k, v in a.utils.items()} | {f"a{a.n}": a.rule for a in alts} \
            | {"always": _ALWAYS}
        always = {"matches": "always"}
        groups = [alts[i:i + _GROUP] for i in range(0, len(alts), _GROUP)]
        marks = [{"any": [{"all": [{"any": [{"matches": f"a{a.n}"} for a in group]}, {"pattern": f"$$GRPMARK{g}"},
                                   *({"any": [{"matches": f"a{a.n}"}, always]} for a in group)]},
                          always]} for g, group in enumerate(groups)]
        combined = {"utils": utils, "rule": {"all": [{"any": [{"matches": f"a{a.n}"} for a in alts]}, *marks]}}
        try:
            nodes = self.root.find_all(combined)
        except BaseException as exc:  # pyo3 panics are BaseException subclasses: each alone, on demand
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            return
        matches: dict[int, list] = {a.n: [] for a in alts}
        for node in nodes:
            for g, group in enumerate(groups):
                if node.get_match(f"GRPMARK{g}") is None:
                    continue
                for a in group:
                    if node.get_match(f"ALTMARK{a.n}") is not None and _constraints_hold(node, a):
                        matches[a.n].append(Bound(node, a.suffix))
        self._found.update(matches)
