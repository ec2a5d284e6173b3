"""The built-in rule packs by language: a check builds only the rules of the languages it checks.

``postil check app.py`` runs the Python rules, and needs every rule's id (selectors and
suppression comments are checked against them). The first run builds every rule of the packs
(parsed and validated, as ``loader.builtin_rules``) and keeps in the user's cache, keyed by the
packs' bytes and place, by the code that reads them and by this Python: the ids, the problems,
and for each rule language its rules as built (their fields as plain data), each with its
prefilter requirement, and what the prefilter derives from their regular expressions, and of
each taint rule's searches (its sources', sinks'... configs) their literals and keys (marshal,
read only from a private file of this user: ``usercache.read_marshal``). Later runs read the
ids, then the rules of the languages they check: no rule tree is walked or validated again, no
regular expression parsed for the prefilter; a taint rule's flow spec is parsed from its
document. An entry missing or damaged is a miss: everything is built again. The prefilter's
part is derived only for the languages a run checks (~0.25 s of a cold check for JavaScript's
alone): the other languages' entries are kept without it (``regexes`` None), and the first run
that checks one derives it and keeps its entry again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from postil.analyzers.findings import Severity
from postil.analyzers.languages import rule_targets
from postil.analyzers.rules.literal_prefilter import adopt_requirements, derived_requirements, is_leaf
from postil.analyzers.rules.rule_model import Rule, RuleError
from postil.analyzers.rules.scanned import adopt_key, config_key
from postil.analyzers.rules.taint_prefilter import adopt_requirement, config_requirement
from postil.core import usercache

# The modules whose code decides what a pack's documents build into, and their prefilter.
_DERIVING = ("loader.py", "rule_yaml.py", "rule_model.py", "taint*.py", "semgrep.py", "literal_prefilter.py", "scanned.py",
             "builtin_packs.py", "import_aliases.py", "repeated_siblings.py", "scoped_names.py", "comment_siblings.py", "comment_gaps.py",
             "../languages.py")


@dataclass(frozen=True)
class PackIndex:
    """Every built-in rule's id (in the packs' order), the packs' problems, and the languages
    their rules are written for."""

    ids: tuple[str, ...]
    errors: tuple[RuleError, ...]
    languages: tuple[str, ...]


# rule language -> (position in the packs, rule), for what this process built
_built: dict[str, list[tuple[int, Rule]]] = {}
_underived: set[str] = set()  # languages of _built whose kept entry has no prefilter part yet
_building = threading.RLock()  # the language server checks documents in several threads


@lru_cache(maxsize=1)
def _cache() -> tuple[str, str]:
    """(kind, key) of the packs' entries: the packs' place and bytes, the deriving code."""
    from postil.analyzers.rules.loader import BUILTIN_PACK_DIRS, rule_files
    from postil.analyzers.rules.rule_yaml import parsed_kind

    digest = hashlib.sha256()
    here = Path(__file__).parent
    for name in _DERIVING:
        for module in sorted(here.glob(name)) if "*" in name else [here / name]:
            digest.update(module.read_bytes())
    for directory in BUILTIN_PACK_DIRS:
        for path in rule_files(directory):
            data = path.read_bytes()
            digest.update(f"\0{path}\0{len(data)}\0".encode("utf-8", "surrogateescape"))
            digest.update(data)
    # the prefilter's requirements come from this Python's regex parser
    return f"builtin-rules-{sys.version_info[0]}.{sys.version_info[1]}-{parsed_kind()}", digest.hexdigest()


@lru_cache(maxsize=1)
def pack_index() -> PackIndex:
    """The packs' ids, problems and rule languages (from the cache, else from building them all)."""
    kind, key = _cache()
    kept = usercache.read_marshal(kind, f"{key}-index")
    if (isinstance(kept, dict) and _strings(kept.get("ids")) and _strings(kept.get("languages"))
            and isinstance(kept.get("errors"), list)
            and all(isinstance(e, list) and len(e) == 3 and _strings(e[::2]) and (e[1] is None or isinstance(e[1], str))
                    for e in kept["errors"])):
        return PackIndex(tuple(kept["ids"]), tuple(RuleError(*e) for e in kept["errors"]), tuple(kept["languages"]))
    with _building:
        return _build_all()


def builtin_rules_for(language: str) -> tuple[Rule, ...]:
    """The built-in rules that run on ``language`` files, in the packs' order."""
    positioned = [entry for rule_language in pack_index().languages if language in rule_targets(rule_language)
                  for entry in _rules_in(rule_language)]
    return tuple(rule for _, rule in sorted(positioned, key=lambda entry: entry[0]))


def every_builtin_rule() -> tuple[Rule, ...]:
    """Every built-in rule, in the packs' order (as loader.builtin_rules builds them), read
    as builtin_rules_for reads them: a bulk scan sends every language's rules, and building
    them all from the packs' documents was ~0.1 s of each such check."""
    positioned = [entry for rule_language in pack_index().languages for entry in _rules_in(rule_language)]
    return tuple(rule for _, rule in sorted(positioned, key=lambda entry: entry[0]))


def _rules_in(rule_language: str) -> list[tuple[int, Rule]]:
    """(position, rule) of the rules written for ``rule_language``: built from the kept documents,
    or, when they are not usable, with every other rule again."""
    with _building:
        rules = _built[rule_language] if rule_language in _built else _build_language(rule_language)
        if rule_language in _underived:
            _underived.discard(rule_language)
            _keep(rule_language, derived=True)
        return rules


def _build_language(rule_language: str) -> list[tuple[int, Rule]]:
    """What _rules_in gives, built now (under its lock)."""
    kind, key = _cache()
    kept = usercache.read_marshal(kind, f"{key}-{rule_language}")
    rules = _kept_rules(kept, rule_language)
    if rules is not None:
        _built[rule_language] = rules
        if kept["regexes"] is None:
            _underived.add(rule_language)
        return rules
    _build_all()
    return _built.get(rule_language, [])


def _kept_rules(kept: object, rule_language: str) -> list[tuple[int, Rule]] | None:
    """(position, rule) of the rules a language's entry keeps, their requirements adopted when it
    keeps them; None when the entry is missing or damaged."""
    from postil.analyzers.rules.loader import taint_of

    try:
        rules, requirements = [], []
        for position, fields, requirement in kept["rules"]:
            taint = taint_of(fields["document"]) if "taint" in fields["document"] else None
            severity = None if fields["severity"] is None else Severity[fields["severity"]]
            rule = Rule(**{**fields, "severity": severity, "taint": taint})
            if not isinstance(position, int) or rule.language != rule_language or not _requirement_shaped(requirement):
                return None
            rules.append((position, rule))
            requirements.append(requirement)
        regexes, configs = kept["regexes"], kept["configs"]
        if regexes is None and configs is None and all(requirement is None for requirement in requirements):
            return rules
        if not (isinstance(regexes, dict) and all(map(_requirement_shaped, regexes.values()))
                and isinstance(configs, list) and len(configs) == len(rules)):
            return None
        searches = [(_searched(rule), kept_configs) for (_, rule), kept_configs in zip(rules, configs) if rule.taint is not None]
        if not all(_configs_shaped(searched, kept_configs) for searched, kept_configs in searches):
            return None
    except (TypeError, ValueError, KeyError, AttributeError):
        return None
    adopt_requirements([rule for _, rule in rules], requirements, regexes)
    for searched, kept_configs in searches:
        for config, (requirement, literals, key) in zip(searched, kept_configs, strict=True):
            adopt_requirement(config, requirement, literals)
            adopt_key(config, key)
    return rules


def _requirement_shaped(requirement: object) -> bool:
    """Whether a kept requirement is one at its top (None, a literal, a tagged one or (mode, parts))."""
    return requirement is None or isinstance(requirement, str) or isinstance(requirement, tuple) and len(requirement) == 2 and (
        requirement[0] in ("all", "any") or is_leaf(requirement))


def _searches(rule: Rule) -> list[tuple[object, tuple[str, ...], str]]:
    """Of each config a taint rule searches in its own language (bulk_documents.taint_configs), in
    order, what a check derives of it on each run: its requirement and literals (config_requirement)
    and its key (config_key), ~1,900 rule trees walked and serialised for the Python rules."""
    return [(*config_requirement(config), config_key(config)) for config in _searched(rule)]


def _searched(rule: Rule) -> list[dict]:
    from postil.analyzers.rules.bulk_documents import taint_configs

    return taint_configs(rule.taint, rule.language)


def _configs_shaped(searched: list[dict], kept: object) -> bool:
    """Whether ``kept`` is what _searches gives for a rule whose searched configs are ``searched``."""
    return isinstance(kept, list) and len(kept) == len(searched) and all(
        isinstance(entry, tuple) and len(entry) == 3 and _requirement_shaped(entry[0]) and isinstance(entry[1], tuple)
        and isinstance(entry[2], str) for entry in kept)


def _plain(rule: Rule) -> dict:
    """A rule's fields as plain data (its taint spec is parsed again from its document)."""
    fields = {f.name: getattr(rule, f.name) for f in dataclasses.fields(rule) if f.name != "taint"}
    fields["severity"] = None if rule.severity is None else rule.severity.name
    return fields


def _build_all() -> PackIndex:
    """Build every rule of the packs, keep what later runs read, and the index of them."""
    from postil.analyzers.rules.loader import BUILTIN_PACK_DIRS, load_rule_dirs

    built, errors = load_rule_dirs(list(BUILTIN_PACK_DIRS), compile_check=False, shipped=True)
    kind, key = _cache()
    _built.clear()
    for position, rule in enumerate(built):
        _built.setdefault(rule.language, []).append((position, rule))
    for rule_language in _built:
        _keep(rule_language, derived=False)
    _underived.clear()
    _underived.update(_built)
    index = PackIndex(tuple(rule.id for rule in built), tuple(errors), tuple(sorted(_built)))
    usercache.write_marshal(kind, f"{key}-index", {"ids": list(index.ids), "languages": list(index.languages),
                                                   "errors": [[e.path, e.rule_id, e.problem] for e in errors]})
    return index


def _keep(rule_language: str, derived: bool) -> None:
    """Keep the entry of a language's rules as built (its prefilter part too when ``derived``)."""
    kind, key = _cache()
    entries = _built[rule_language]
    requirements, regexes = derived_requirements([rule for _, rule in entries]) if derived else ([None] * len(entries), None)
    configs = [None if rule.taint is None else _searches(rule) for _, rule in entries] if derived else None
    usercache.write_marshal(kind, f"{key}-{rule_language}", {
        "rules": [(position, _plain(rule), requirement) for (position, rule), requirement in zip(entries, requirements)],
        "regexes": regexes, "configs": configs})


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)
