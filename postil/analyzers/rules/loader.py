"""Load ast-grep YAML rule files into checked, ready-to-run rules.

A rule file may hold several rules separated by ``---``. A broken rule is
reported as a :class:`RuleError` (file, rule id, problem) and skipped; the other
rules in the file and elsewhere still load.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from ast_grep_py import SgRoot

from postil import __version__
from postil.analyzers.findings import Severity
from postil.analyzers.languages import RULE_LANGUAGE_TARGETS, SUPPORTED_LANGUAGES, canonical_language
from postil.analyzers.rules.semgrep import is_semgrep_file, translate_file
from postil.analyzers.rules.taint_grammar import GRAMMARS
from postil.analyzers.rules.taint_spec import TaintSpec, parse_taint, source_probe
from postil.core import usercache
from postil.core.userregex import translate
from postil.core.walk import SkipFile, read_regular
from postil.gate.text import https_url

# ast-grep's own layout (packs/sgconfig.yml): every file loads in its CLI, taint rules included
BUILTIN_PACKS = Path(__file__).parent / "packs" / "rules"
BUILTIN_PACK_DIRS = (BUILTIN_PACKS,)
RULE_FILE_SUFFIXES = (".yml", ".yaml")

_KNOWN_KEYS = {
    "id", "language", "rule", "constraints", "utils", "transform", "fix", "message", "note",
    "severity", "files", "ignores", "url", "metadata", "labels", "rewriters", "taint",
}
_RULE_KEYS = {
    "pattern", "kind", "regex", "inside", "has", "not", "all", "any", "follows", "precedes",
    "matches", "nthChild", "range", "stopBy", "field",
}
_MATCHER_KEYS = frozenset(_RULE_KEYS - {"stopBy", "field"})
_IDENTIFIER = re.compile(r"(?<![$\w])[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class RuleError:
    """A rule that could not be loaded."""

    path: str
    rule_id: str | None
    problem: str

    def __str__(self) -> str:
        where = f"{self.path}: rule {self.rule_id!r}" if self.rule_id else self.path
        return f"{where}: {self.problem}"


@dataclass(frozen=True)
class Rule:
    """One pattern rule, validated, with its prefilter."""

    id: str
    language: str
    severity: Severity | None  # None: severity "off"
    message: str
    config: dict  # what ast-grep-py's find_all takes: rule, constraints, utils, transform
    fix: str | None = None
    expand_end: dict | None = None
    expand_start: dict | None = None
    note: str | None = None
    url: str | None = None  # an https address (gate.text.https_url), else None
    dropped_url: str | None = None  # the rule's `url` when it was not one (shown by `rules test`, `doctor`)
    metadata: dict = field(default_factory=dict)
    files: tuple[str, ...] = ()
    ignores: tuple[str, ...] = ()
    source: str = ""
    taint: TaintSpec | None = None  # postil's extension: a flow from sources to sinks
    document: dict = field(default_factory=dict, repr=False)  # the YAML mapping, for ast-grep's CLI

    @property
    def targets(self) -> tuple[str, ...]:
        """The file languages this rule runs on."""
        return RULE_LANGUAGE_TARGETS.get(self.language, (self.language,))

    @property
    def fixable(self) -> bool:
        return self.fix is not None

    @cached_property
    def taint_probe(self) -> tuple[str, dict] | None:
        """(id, ast-grep rule) matching wherever this taint rule's sources may be, for bulk
        scans; rules with the same sources share the id (None: no probe narrows it down)."""
        probe = source_probe(self.taint, self.language) if self.taint is not None else None
        if probe is None:
            return None
        digest = hashlib.sha256(json.dumps([self.language, probe], sort_keys=True).encode()).hexdigest()[:16]
        return f"taint-sources-{digest}", probe

    @cached_property
    def requirement(self) -> object:
        """Literals a file must contain for this rule to match (see required_literals)."""
        utils = self.config.get("utils") or {}
        if self.taint is not None:  # some source and some sink must occur
            return all_of([any_of([required_literals(m.config["rule"], utils) for m in self.taint.sinks]),
                           any_of([required_literals(m.config["rule"], utils) for m in self.taint.sources]
                                  + [all_of([required_literals(t, utils) for t in (p.function, p.rule) if t])
                                     for p in self.taint.parameters])])
        return all_of(
            [required_literals(self.config["rule"], utils)]
            + [required_literals(c, utils) for c in (self.config.get("constraints") or {}).values()]
        )


# --- prefilter -------------------------------------------------------------
# A requirement is None (always run), a str (literal must occur), or a tuple
# ("all" | "any", [requirements]). Derived conservatively from the rule tree.

def _pattern_literals(pattern) -> object:
    if isinstance(pattern, dict):
        pattern = pattern.get("context", "")
    if not isinstance(pattern, str):
        return None
    words = [w for w in _IDENTIFIER.findall(pattern) if len(w) >= 3]
    if not words:
        return None
    # The rarest-looking literal is enough to skip a file: prefer the longest.
    return max(words, key=len)


def all_of(parts: list) -> object:
    parts = [p for p in parts if p is not None]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else ("all", parts)


def any_of(options: list) -> object:
    """A requirement met by any of ``options`` (None if one of them always runs)."""
    if not options or any(o is None for o in options):
        return None
    return options[0] if len(options) == 1 else ("any", options)


def _regex_sequence(items) -> object:
    """Literals every match of a parsed regex sequence must contain."""
    from re import _constants as c

    parts, run = [], ""

    def flush() -> None:
        nonlocal run
        if len(run) >= 3:
            parts.append(run)
        run = ""

    for op, arg in items:
        if op is c.LITERAL:
            run += chr(arg)
            continue
        flush()
        if op is c.SUBPATTERN:
            _, add_flags, _, sub = arg
            if add_flags & c.SRE_FLAG_IGNORECASE:  # (?i:...): case-insensitive, no literal
                continue
            parts.append(_regex_sequence(sub))
        elif op is c.BRANCH:
            parts.append(any_of([_regex_sequence(branch) for branch in arg[1]]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and arg[0] >= 1:
            parts.append(_regex_sequence(arg[2]))
    flush()
    return all_of(parts)


_REGEX_LITERALS: dict[str, object] = {}  # pattern -> what regex_literals derived (see prime_requirements)


def regex_literals(pattern: object) -> object:
    """What a file must contain for a node's text to match ``pattern`` (None: unknown)."""
    if not isinstance(pattern, str):
        return None
    if pattern not in _REGEX_LITERALS:
        _REGEX_LITERALS[pattern] = _derived_regex_literals(pattern)
    return _REGEX_LITERALS[pattern]


def _derived_regex_literals(pattern: str) -> object:
    try:
        from re import _parser

        translate(pattern, ascii_text=True)  # Python's parser reads it as ast-grep's engine does
        parsed = _parser.parse(pattern)
    except Exception:  # invalid or exotic syntax (`[a[b]]`: a union to ast-grep): no prefilter
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    return _regex_sequence(list(parsed))


def _regexes_in(value: object, out: set[str]) -> set[str]:
    """Every ``regex`` value in a rule document (its taint sources, sinks... included)."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "regex" and isinstance(item, str):
                out.add(item)
            else:
                _regexes_in(item, out)
    elif isinstance(value, list):
        for item in value:
            _regexes_in(item, out)
    return out


def required_literals(rule: dict, utils: dict, seen: frozenset = frozenset()) -> object:
    """What a file's text must contain for ``rule`` to possibly match."""
    if not isinstance(rule, dict):
        return None
    parts = []
    if "pattern" in rule:
        parts.append(_pattern_literals(rule["pattern"]))
    if "regex" in rule:
        parts.append(regex_literals(rule["regex"]))
    for key in ("has", "inside", "follows", "precedes"):
        if key in rule:
            parts.append(required_literals(rule[key], utils, seen))
    if "all" in rule and isinstance(rule["all"], list):
        parts.extend(required_literals(r, utils, seen) for r in rule["all"])
    if "any" in rule and isinstance(rule["any"], list):
        parts.append(any_of([required_literals(r, utils, seen) for r in rule["any"]]))
    if "matches" in rule and rule["matches"] in utils and rule["matches"] not in seen:
        name = rule["matches"]
        parts.append(required_literals(utils[name], utils, seen | {name}))
    return all_of(parts)


def requirement_met(requirement: object, present: set[str]) -> bool:
    """Whether the literals found in a file (see LiteralIndex) satisfy a requirement."""
    if requirement is None:
        return True
    if isinstance(requirement, str):
        return requirement in present
    mode, parts = requirement
    wanted = mode != "all"  # "any" holds at the first part met, "all" fails at the first not
    for part in parts:  # a loop, not all()/any() over a generator: ~1,000 calls a file
        if (part in present if isinstance(part, str) else requirement_met(part, present)) == wanted:
            return wanted
    return not wanted


def requirement_literals(*requirements: object) -> set[str]:
    """Every literal the requirements mention, each shared subtree walked once (taint probes
    share their rules' large sink requirements)."""
    literals, seen, stack = set(), set(), list(requirements)
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            literals.add(item)
        elif item is not None and id(item) not in seen:
            seen.add(id(item))
            stack.extend(item[1])
    return literals


def _as_json(requirement: object) -> object:
    """A requirement as JSON gives it back (lists for tuples); it means the same."""
    if isinstance(requirement, (tuple, list)):
        return [requirement[0], [_as_json(p) for p in requirement[1]]]
    return requirement


def _well_formed(requirement: object) -> bool:
    if requirement is None or isinstance(requirement, str):
        return True
    return (isinstance(requirement, list) and len(requirement) == 2 and requirement[0] in ("all", "any")
            and isinstance(requirement[1], list) and all(map(_well_formed, requirement[1])))


@lru_cache(maxsize=1)
def _requirements_kind() -> str:
    """The cache kind of rules' requirements: this Python's regex parser and the code deriving them."""
    import sys

    from postil.analyzers.rules import taint_spec

    code = hashlib.sha256()
    for module in (__file__, taint_spec.__file__):
        code.update(Path(module).read_bytes())
    return f"rule-requirements-{sys.version_info[0]}.{sys.version_info[1]}-{code.hexdigest()[:16]}"


def prime_requirements(rules) -> None:
    """Give ``rules`` their ``requirement``, and their regular expressions what regex_literals
    derives (for taint rules' sources and sinks too), from the user's cache, keyed by the rules:
    deriving them parses some 500 regular expressions, ~40 ms of every command's start-up and
    as much again where a taint rule first runs (each worker of a bulk scan). A miss derives
    them and stores them."""
    missing = [r for r in rules if "requirement" not in r.__dict__]
    if not missing:
        return
    try:
        content = json.dumps([r.document for r in missing]).encode()  # a rule's config is made from it
    except (TypeError, ValueError):  # a value JSON cannot hold: derive them here
        return
    kind = _requirements_kind()
    key = usercache.content_key(kind, content)
    cached = usercache.read_json(kind, key)
    if not (isinstance(cached, dict) and isinstance(cached.get("rules"), list) and len(cached["rules"]) == len(missing)
            and all(map(_well_formed, cached["rules"])) and isinstance(cached.get("regexes"), dict)
            and all(map(_well_formed, cached["regexes"].values()))):
        regexes = set()
        for rule in missing:
            _regexes_in(rule.document, regexes)
        cached = {"rules": [_as_json(r.requirement) for r in missing],
                  "regexes": {pattern: _as_json(regex_literals(pattern)) for pattern in sorted(regexes)}}
        usercache.write_json(kind, key, cached)
    for pattern, requirement in cached["regexes"].items():
        _REGEX_LITERALS.setdefault(pattern, requirement)
    for rule, requirement in zip(missing, cached["rules"]):
        rule.__dict__["requirement"] = requirement  # what the cached_property would hold


class LiteralIndex:
    """Finds in one pass (Aho-Corasick) which of some rules' prefilter literals a
    text contains: ~0.4 ms for 1,000 lines, where one substring search per
    literal cost ~11 ms."""

    def __init__(self, rules) -> None:
        prime_requirements(rules)
        self._build(requirement_literals(*(r.requirement for r in rules)))

    @classmethod
    def of_literals(cls, literals) -> LiteralIndex:
        """An index of ``literals`` themselves (not of rules' requirements)."""
        index = cls.__new__(cls)
        index._build(literals)
        return index

    def _build(self, literals) -> None:
        import ahocorasick_rs

        self.literals = sorted(set(literals))
        # A DFA: ~1.7x faster to search than the default NFA, for a few ms more to build.
        self._automaton = ahocorasick_rs.AhoCorasick(self.literals, implementation=ahocorasick_rs.Implementation.DFA) \
            if self.literals else None

    def present(self, text: str) -> set[str]:
        if self._automaton is None:
            return set()
        literals = self.literals
        return {literals[i] for i, _, _ in self._automaton.find_matches_as_indexes(text, overlapping=True)}


# --- loading ---------------------------------------------------------------

def _clean_error(exc: Exception) -> str:
    """ast-grep's errors carry a Rust backtrace; keep the causes only."""
    text = str(exc).split("Stack backtrace:")[0].strip()
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    causes = [re.sub(r"^\d+:\s*", "", line) for line in lines if line != "Caused by:"]
    return "; ".join(dict.fromkeys(causes)) or type(exc).__name__


@lru_cache(maxsize=64)
def empty_root(language: str):
    """A parsed empty document, for compiling rules against a grammar."""
    return SgRoot("", language).root()


def _check_rule_tree(rule: object, where: str = "rule") -> str | None:
    if not isinstance(rule, dict):
        return f"`{where}` must be a mapping"
    unknown = rule.keys() - _RULE_KEYS
    if unknown:
        return f"unknown key `{sorted(unknown)[0]}` in `{where}`"
    for key in ("inside", "has", "not", "follows", "precedes"):
        if key in rule:
            problem = _check_rule_tree(rule[key], f"{where}.{key}")
            if problem:
                return problem
    for key in ("all", "any"):
        if key in rule:
            if not isinstance(rule[key], list):
                return f"`{where}.{key}` must be a list"
            for i, sub in enumerate(rule[key]):
                problem = _check_rule_tree(sub, f"{where}.{key}[{i}]")
                if problem:
                    return problem
    if _MATCHER_KEYS.isdisjoint(rule):
        return f"`{where}` has no matcher (pattern, kind, regex, all, any, ...)"
    return None


def build_rule(doc: object, source: str, compile_check: bool = True) -> Rule | RuleError:
    """Validate one YAML document as a rule (``compile_check`` also has ast-grep
    compile it; the built-in packs skip that at run time because CI does it)."""
    if not isinstance(doc, dict):
        return RuleError(source, None, "a rule must be a mapping with id, language and rule")
    rule_id = doc.get("id")
    if not isinstance(rule_id, str) or not rule_id.strip():
        return RuleError(source, None, "missing `id`")
    unknown = set(doc) - _KNOWN_KEYS
    if unknown:
        return RuleError(source, rule_id, f"unknown key `{sorted(unknown)[0]}`")
    language = doc.get("language")
    if not isinstance(language, str):
        return RuleError(source, rule_id, "missing `language`")
    language = canonical_language(language)
    if language not in SUPPORTED_LANGUAGES:
        return RuleError(source, rule_id, f"unsupported language `{doc['language']}`")
    taint = None
    if "taint" in doc:
        if "rule" in doc:
            return RuleError(source, rule_id, "a taint rule has `taint` instead of `rule`")
        if language not in GRAMMARS:
            return RuleError(source, rule_id, f"taint rules do not support `{doc['language']}` yet "
                                              f"(supported: {', '.join(sorted(GRAMMARS))})")
        taint = parse_taint(doc["taint"], _check_rule_tree)
        if isinstance(taint, str):
            return RuleError(source, rule_id, taint)
        doc = {**doc, "rule": {"any": [c["rule"] for c in taint.configs()]}}  # what `rules list`/compiles_for see
    if "rule" not in doc:
        return RuleError(source, rule_id, "missing `rule`")
    problem = _check_rule_tree(doc["rule"])
    if problem:
        return RuleError(source, rule_id, problem)
    severity_name = doc.get("severity", "warning")
    # YAML 1.1 reads a bare `off` as false; ast-grep (YAML 1.2) reads the word
    severity_name = "off" if severity_name is False else str(severity_name).lower()
    if severity_name == "off":
        severity = None
    else:
        try:
            severity = Severity.parse(severity_name)
        except ValueError as exc:
            return RuleError(source, rule_id, str(exc))
    config = {"rule": doc["rule"]}
    for key in ("constraints", "utils", "transform"):
        if doc.get(key):
            config[key] = doc[key]
    try:
        if compile_check:
            for checked in taint.configs() if taint is not None else [config]:
                empty_root(language).find_all(checked)
    except BaseException as exc:  # pyo3 panics surface as BaseException subclasses
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        return RuleError(source, rule_id, _clean_error(exc))
    fix = doc.get("fix")
    expand_end = expand_start = None
    if isinstance(fix, dict):
        expand_end, expand_start = fix.get("expandEnd"), fix.get("expandStart")
        fix = fix.get("template")
    if fix is not None and not isinstance(fix, str):
        return RuleError(source, rule_id, "`fix` must be a string or a mapping with `template`")
    metadata = doc.get("metadata") or {}
    if not isinstance(metadata, dict):
        return RuleError(source, rule_id, "`metadata` must be a mapping")
    url = https_url(doc.get("url"))  # a `command:`, `file:`... link would run or open on a click in an editor
    superseded = metadata.get("supersedes", [])
    if not isinstance(superseded, list) or not all(isinstance(i, str) for i in superseded):
        return RuleError(source, rule_id, "`metadata.supersedes` must be a list of rule ids")
    return Rule(
        id=rule_id,
        language=language,
        severity=severity,
        message=str(doc.get("message") or rule_id),
        config=config,
        fix=fix,
        expand_end=expand_end,
        expand_start=expand_start,
        note=None if doc.get("note") is None else str(doc["note"]),
        url=url,
        dropped_url=None if url is not None or doc.get("url") in (None, "") else str(doc["url"]),
        metadata=metadata,
        files=tuple(_as_list(doc.get("files"))),
        ignores=tuple(_as_list(doc.get("ignores"))),
        source=source,
        taint=taint,
        document=doc,
    )


def dropped_url_notes(rules) -> list[str]:
    """One line per rule whose ``url`` was dropped (not an https address): file, rule id, value."""
    return [f"{rule.source}: rule {rule.id!r}: url {rule.dropped_url[:100]!r} dropped: only https:// "
            "addresses are kept as documentation links" for rule in rules if rule.dropped_url is not None]


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


# Rule files are untrusted input (a cloned repository ships them): these bound what
# reaches the YAML composer (which recurses in C: a 100k-deep list crashes the process)
# and ast-grep (which crashes on deep rule trees and expands every alias).
MAX_RULE_FILE_BYTES = 1_000_000
MAX_YAML_DEPTH = 64  # nesting of collections in one document
MAX_RULE_NODES = 10_000  # values in one document, each alias counted as the tree it stands for
MAX_RULE_STRING = 10_000  # characters in one value: a 60k-character nested pattern crashes ast-grep
_NEXT_DOCUMENT = re.compile(r"^---(?:[ \t]|$)", re.MULTILINE)


def _document_spans(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, problem) of each YAML document, found from parser events without
    building anything; a document nested too deeply gets a problem and the scan
    resumes at the next ``---``."""
    import yaml

    opens = (yaml.SequenceStartEvent, yaml.MappingStartEvent)
    closes = (yaml.SequenceEndEvent, yaml.MappingEndEvent)
    spans: list[tuple[int, int, str | None]] = []
    offset = 0
    while offset < len(text):
        resume = None
        try:
            start = depth = 0
            for event in yaml.parse(text[offset:], Loader=yaml.CSafeLoader):
                if isinstance(event, yaml.DocumentStartEvent):
                    start, depth = event.start_mark.index, 0
                elif isinstance(event, yaml.DocumentEndEvent):
                    spans.append((offset + start, offset + event.end_mark.index, None))
                elif isinstance(event, opens):
                    depth += 1
                    if depth > MAX_YAML_DEPTH:
                        spans.append((offset + start, offset + event.start_mark.index,
                                      f"nested deeper than {MAX_YAML_DEPTH} levels"))
                        resume = _NEXT_DOCUMENT.search(text, offset + event.start_mark.index)
                        break
                elif isinstance(event, closes):
                    depth -= 1
        except yaml.YAMLError as exc:
            spans.append((offset, len(text), f"invalid YAML: {' '.join(str(exc).split())}"))
        if resume is None:
            break
        offset = resume.start()
    return spans


def _tree_problem(doc: object) -> str | None:
    """Whether a loaded document is too big or deep once its aliases are expanded
    (a few hundred bytes of aliases can stand for billions of nodes), or holds a value
    too long to hand to ast-grep."""
    stack, nodes = [(doc, 1)], 0
    while stack:
        value, depth = stack.pop()
        nodes += 1
        if nodes > MAX_RULE_NODES:
            return f"more than {MAX_RULE_NODES} values once YAML aliases are expanded"
        if depth > MAX_YAML_DEPTH:
            return f"nested deeper than {MAX_YAML_DEPTH} levels (through YAML aliases)"
        if isinstance(value, str) and len(value) > MAX_RULE_STRING:
            return f"a value longer than {MAX_RULE_STRING} characters (a pattern that long can crash ast-grep)"
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
            stack.extend((k, depth + 1) for k in value if isinstance(k, (tuple, dict, list)))
        elif isinstance(value, (list, tuple)):
            stack.extend((v, depth + 1) for v in value)
    return None


def load_yaml_documents(path: Path) -> tuple[list[object], list[RuleError]]:
    """The documents of an untrusted YAML file (size, nesting and alias expansion
    limited), and a problem for each one refused; the others still load."""
    try:
        content = read_regular(path, MAX_RULE_FILE_BYTES, "the limit for rule files")
        text = content.decode("utf-8")
    except SkipFile as exc:
        return [], [RuleError(str(path), None, f"not loaded: {exc}")]
    except (OSError, UnicodeDecodeError) as exc:
        return [], [RuleError(str(path), None, f"cannot read: {exc}")]
    kind = _parsed_kind()
    key = usercache.content_key(kind, content)
    cached = usercache.read_json(kind, key)
    if isinstance(cached, dict) and isinstance(cached.get("docs"), list) and isinstance(cached.get("errors"), list) \
            and all(isinstance(e, list) and len(e) == 2 for e in cached["errors"]):
        return cached["docs"], [RuleError(str(path), rule_id, problem) for rule_id, problem in cached["errors"]]
    docs, errors = _parse_documents(path, text)
    usercache.write_json(kind, key, {"docs": docs, "errors": [[e.rule_id, e.problem] for e in errors]})
    return docs, errors


# Parsing a rule file is most of the server's start-up (PyYAML builds Python objects in
# Python): the parsed documents are kept in the user's cache, keyed by the file's bytes.
@lru_cache(maxsize=1)
def _parsed_kind() -> str:
    """The cache kind of parsed rule files: postil's version, the limits, and which PyYAML parses
    (a digest of its ``__init__.py``, which names its version), found without importing PyYAML:
    a cache hit, the usual case, never needs it."""
    from importlib.util import find_spec

    spec = find_spec("yaml")
    try:
        parser = hashlib.sha256(Path(spec.origin).read_bytes()).hexdigest()[:16] if spec and spec.origin else "none"
    except OSError:
        parser = "unreadable"
    return f"rule-yaml-taint-metadata-{__version__}-{parser}-{MAX_YAML_DEPTH}-{MAX_RULE_NODES}-{MAX_RULE_STRING}"


def parse_rule_text(text: str, source: str) -> tuple[list[object], list[RuleError]]:
    """The documents of rule YAML given as text (a model's answer), under a rule file's limits."""
    return _parse_documents(Path(source), text)


def _parse_documents(path: Path, text: str) -> tuple[list[object], list[RuleError]]:
    import yaml

    docs, errors = [], []
    for number, (start, end, problem) in enumerate(_document_spans(text), 1):
        doc = None
        if problem is None:
            try:
                doc = yaml.load(text[start:end], Loader=yaml.CSafeLoader)
            except yaml.YAMLError as exc:
                problem = f"invalid YAML: {' '.join(str(exc).split())}"
            else:
                problem = _tree_problem(doc)
        if problem is None:
            if doc is not None:
                docs.append(doc)
            continue
        rule_id = doc.get("id") if isinstance(doc, dict) and isinstance(doc.get("id"), str) else None
        if rule_id is None and number > 1:
            problem = f"document {number}: {problem}"
        errors.append(RuleError(str(path), rule_id, problem))
    return _expand_taint_sets(path, docs, errors)


def _from_metadata(doc: object) -> object:
    """A document in the form ast-grep's CLI loads — a taint rule's spec under ``metadata.taint``
    (its ``rule`` is what ast-grep runs; postil follows the flow instead), a set's items under
    ``metadata.taint-set`` with the set's name as ``id`` — in the form read below (``taint``;
    ``taint-set`` and ``items``)."""
    if not (isinstance(doc, dict) and isinstance(doc.get("metadata"), dict)) or "taint" in doc:
        return doc
    metadata = doc["metadata"]
    if "taint-set" in metadata:
        return {"taint-set": doc.get("id"), "items": metadata["taint-set"]}
    if not isinstance(metadata.get("taint"), dict):
        return doc
    rule = {key: value for key, value in doc.items() if key not in ("rule", "metadata")}
    return {**rule, "metadata": {**metadata, "taint": True}, "taint": metadata["taint"]}


def _taint_sets(path: Path, docs: list[object], errors: list[RuleError]) -> dict[str, list]:
    """The file's ``taint-set:`` documents by name (a bad one becomes an error)."""
    sets: dict[str, list] = {}
    for doc in docs:
        if not (isinstance(doc, dict) and "taint-set" in doc):
            continue
        name, items = doc["taint-set"], doc.get("items")
        if not isinstance(name, str) or not name or set(doc) != {"taint-set", "items"}:
            errors.append(RuleError(str(path), None, "a taint set has `taint-set: NAME` and `items` only"))
        elif not isinstance(items, list) or not all(isinstance(i, dict) and "set" not in i for i in items):
            errors.append(RuleError(str(path), None, f"taint set `{name}`: `items` must be a list of "
                                                      "ast-grep rules (not other sets)"))
        elif name in sets:
            errors.append(RuleError(str(path), None, f"taint set `{name}` is defined twice"))
        else:
            sets[name] = items
    return sets


def _expand_taint_sets(path: Path, docs: list[object], errors: list[RuleError]) -> tuple[list[object], list[RuleError]]:
    """The rule documents with each ``- {set: NAME}`` in a ``taint:`` list replaced by the
    items of the file's ``taint-set: NAME`` document (sets are written once per file:
    YAML anchors do not cross ``---``); a rule naming an unknown set becomes an error."""
    docs = [_from_metadata(doc) for doc in docs]
    sets = _taint_sets(path, docs, errors)
    expanded = []
    for doc in docs:
        if isinstance(doc, dict) and "taint-set" in doc:
            continue
        if isinstance(doc, dict) and isinstance(doc.get("taint"), dict):
            rule_id = doc.get("id") if isinstance(doc.get("id"), str) else None
            unknown: list[str] = []
            taint = {key: _with_sets(items, sets, unknown) if isinstance(items, list) else items
                     for key, items in doc["taint"].items()}
            doc = {**doc, "taint": taint}
            problem = _tree_problem(doc)
            if unknown:
                problem = f"unknown taint set {', '.join(unknown)} (sets in this file: {', '.join(sorted(sets)) or 'none'})"
            if problem:
                errors.append(RuleError(str(path), rule_id, problem))
                continue
        expanded.append(doc)
    return expanded, errors


def _with_sets(items: list, sets: dict[str, list], unknown: list[str]) -> list:
    """``items`` with each ``{set: NAME}`` replaced by the set's items; unknown names are added to
    ``unknown``. Expansion stops past the node limit (a hostile file can name a big set many
    times), which the expanded document then fails."""
    result = []
    for item in items:
        if len(result) > MAX_RULE_NODES:
            break
        if not (isinstance(item, dict) and list(item) == ["set"]):
            result.append(item)
        elif isinstance(item["set"], str) and item["set"] in sets:
            result.extend(sets[item["set"]])
        else:
            unknown.append(f"`{item['set']}`")
    return result


def load_rule_file(path: Path, compile_check: bool = True) -> tuple[list[Rule], list[RuleError]]:
    """All rules in one YAML file (a Semgrep file's translated), plus the problems of those that failed."""
    docs, errors = load_yaml_documents(path)
    if len(docs) == 1 and is_semgrep_file(docs[0]):
        # a pattern's `...` beside commas multiplies its variants: the translation is bounded again
        translated = [(rule_id, _tree_problem(doc) or doc if isinstance(doc, dict) else doc)
                      for rule_id, doc in translate_file(docs[0])]
        docs = [doc for _, doc in translated if isinstance(doc, dict)]
        errors += [RuleError(str(path), rule_id, problem) for rule_id, problem in translated if isinstance(problem, str)]
    rules = []
    for doc in docs:
        try:
            built = build_rule(doc, str(path), compile_check)
        except RecursionError:
            built = RuleError(str(path), doc.get("id") if isinstance(doc, dict) else None, "rule nested too deeply")
        (errors if isinstance(built, RuleError) else rules).append(built)
    return rules, errors


def rule_files(directory: Path) -> list[Path]:
    """Rule files under a directory, skipping ast-grep test and config files."""
    if directory.is_file():
        return [directory]
    found = []
    for path in sorted(directory.rglob("*")):
        if path.suffix in RULE_FILE_SUFFIXES and path.is_file():
            if "rule-tests" in path.parts or path.stem.endswith("-test") or path.name.startswith("sgconfig"):
                continue
            found.append(path)
    return found


def load_rule_dirs(directories: list[Path], compile_check: bool = True) -> tuple[list[Rule], list[RuleError]]:
    """Rules from several directories or files; later duplicates of an id are errors."""
    rules: list[Rule] = []
    errors: list[RuleError] = []
    seen: dict[str, str] = {}
    for directory in directories:
        if not directory.exists():
            errors.append(RuleError(str(directory), None, "rule directory does not exist"))
            continue
        for path in rule_files(directory):
            loaded, problems = load_rule_file(path, compile_check)
            errors.extend(problems)
            for rule in loaded:
                if rule.id in seen:
                    errors.append(RuleError(rule.source, rule.id, f"duplicate id (already defined in {seen[rule.id]})"))
                    continue
                seen[rule.id] = rule.source
                rules.append(rule)
    return rules, errors


@lru_cache(maxsize=1)
def builtin_rules() -> tuple[tuple[Rule, ...], tuple[RuleError, ...]]:
    """The rule packs shipped with postil (loaded once per process)."""
    rules, errors = load_rule_dirs(list(BUILTIN_PACK_DIRS), compile_check=False)
    return tuple(rules), tuple(errors)
