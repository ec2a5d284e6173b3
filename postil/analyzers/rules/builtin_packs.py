"""The built-in rule packs by language: a check builds only the rules of the languages it checks.

``postil check app.py`` runs the Python rules, and needs every rule's id (selectors and
suppression comments are checked against them). The first run builds every rule of the packs
(parsed and validated, as ``loader.builtin_rules``) and keeps in the user's cache, keyed by the
packs' bytes and place and by the code that reads them: the ids, the problems, and each rule
language's documents as they built (plain JSON, read only from a private file of this user:
``usercache.read_json(private=True)``). Later runs read the ids, then the documents of the
languages they check, and build those rules without walking their rule trees again. An entry
missing, damaged or not building as it did is a miss: everything is built again.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from postil.analyzers.languages import rule_targets
from postil.analyzers.rules.rule_model import Rule, RuleError
from postil.core import usercache

# The modules whose code decides what a pack's documents build into.
_DERIVING = ("loader.py", "rule_yaml.py", "rule_model.py", "taint_spec.py", "taint_grammar.py", "semgrep.py",
             "builtin_packs.py", "../languages.py")


@dataclass(frozen=True)
class PackIndex:
    """Every built-in rule's id (in the packs' order), the packs' problems, and the languages
    their rules are written for."""

    ids: tuple[str, ...]
    errors: tuple[RuleError, ...]
    languages: tuple[str, ...]


# rule language -> (position in the packs, rule), for what this process built
_built: dict[str, list[tuple[int, Rule]]] = {}
_building = threading.RLock()  # the language server checks documents in several threads


@lru_cache(maxsize=1)
def _cache() -> tuple[str, str]:
    """(kind, key) of the packs' entries: the packs' place and bytes, the deriving code."""
    from postil.analyzers.rules.loader import BUILTIN_PACK_DIRS, rule_files
    from postil.analyzers.rules.rule_yaml import parsed_kind

    digest = hashlib.sha256()
    here = Path(__file__).parent
    for module in _DERIVING:
        digest.update((here / module).read_bytes())
    for directory in BUILTIN_PACK_DIRS:
        for path in rule_files(directory):
            data = path.read_bytes()
            digest.update(f"\0{path}\0{len(data)}\0".encode("utf-8", "surrogateescape"))
            digest.update(data)
    return f"builtin-rules-{parsed_kind()}", digest.hexdigest()


@lru_cache(maxsize=1)
def pack_index() -> PackIndex:
    """The packs' ids, problems and rule languages (from the cache, else from building them all)."""
    kind, key = _cache()
    kept = usercache.read_json(kind, f"{key}-index", private=True)
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


def _rules_in(rule_language: str) -> list[tuple[int, Rule]]:
    """(position, rule) of the rules written for ``rule_language``: built from the kept documents,
    or, when they are not usable, with every other rule again."""
    with _building:
        return _built[rule_language] if rule_language in _built else _build_language(rule_language)


def _build_language(rule_language: str) -> list[tuple[int, Rule]]:
    """What _rules_in gives, built now (under its lock)."""
    from postil.analyzers.rules.loader import build_rule

    kind, key = _cache()
    kept = usercache.read_json(kind, f"{key}-{rule_language}", private=True)
    rules = []
    for entry in kept if isinstance(kept, list) else [None]:
        if not (isinstance(entry, list) and len(entry) == 3 and isinstance(entry[0], int)
                and isinstance(entry[1], str) and isinstance(entry[2], dict)):
            break
        built = build_rule(entry[2], entry[1], compile_check=False, checked=True)
        if isinstance(built, RuleError) or built.language != rule_language:
            break
        rules.append((entry[0], built))
    else:
        _built[rule_language] = rules
        return rules
    _build_all()
    return _built.get(rule_language, [])


def _build_all() -> PackIndex:
    """Build every rule of the packs, keep what later runs read, and the index of them."""
    from postil.analyzers.rules.loader import BUILTIN_PACK_DIRS, built_rule_dirs

    built, errors = built_rule_dirs(list(BUILTIN_PACK_DIRS), compile_check=False)
    kind, key = _cache()
    _built.clear()
    documents: dict[str, list] = {}
    for position, (doc, rule) in enumerate(built):
        _built.setdefault(rule.language, []).append((position, rule))
        documents.setdefault(rule.language, []).append([position, rule.source, doc])
    for rule_language, entries in documents.items():
        usercache.write_json(kind, f"{key}-{rule_language}", entries)
    index = PackIndex(tuple(rule.id for _, rule in built), tuple(errors), tuple(sorted(documents)))
    usercache.write_json(kind, f"{key}-index", {"ids": list(index.ids), "languages": list(index.languages),
                                                "errors": [[e.path, e.rule_id, e.problem] for e in errors]})
    return index


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)
