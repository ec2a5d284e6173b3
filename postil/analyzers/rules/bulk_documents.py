"""The rule documents a bulk scan (rules/bulk.py) sends ast-grep's CLI, and the ids they are sent
under: each rule's per language, the Python syntax rule's two, the taint rules' source probes and
configs, and which probes a config's records answer for."""

from __future__ import annotations

import json
from collections import defaultdict

from postil.analyzers.rules.engine import compiles_for
from postil.analyzers.rules.literal_prefilter import prime_requirements, required_literals
from postil.analyzers.rules.loader import empty_root
from postil.analyzers.rules.rule_model import Rule
from postil.analyzers.rules.scanned import config_key
from postil.analyzers.rules.taint_grammar import GRAMMARS, grammar_configs
from postil.analyzers.rules.taint_prefilter import config_requirement, spec_configs
from postil.analyzers.syntax import JS_SYNTAX_ERROR, SYNTAX_ERROR

LANGUAGE_SEPARATOR = "@"
# Prefix of the ids of taint rules' source probes (see Rule.taint_probe).
TAINT_PROBE = "taint-sources-"
# Prefix of the ids of taint rules' configs (see taint_configs).
TAINT_MATCH = "taint-match-"
SCANNED = "root"  # (after TAINT_MATCH) the id of the document matching each file's root
PYTHON_ROOT = f"{TAINT_MATCH}{SCANNED}{LANGUAGE_SEPARATOR}python"  # (see syntax_documents)
AS_WRITTEN = "written"  # (after the separator) the Python syntax rule's document as written
PROBE_PART = "#"  # a probe's id, then the index of its source


def scan_documents(rules: list[Rule], languages: set[str], probes_only: bool = False) -> list[tuple[dict, object]]:
    """One rule document per target language present, with the literals a file must hold for
    it to match (see Rule.requirement); `files`/`ignores` are applied by postil.
    Taint rules are postil's own (ast-grep cannot run them): they run in process, and only
    on files where ast-grep finds one of their sources (see probes); ``probes_only``: those alone."""
    prime_requirements(rules)
    docs, taint_rules = [], [r for r in rules if r.taint is not None]
    # JavaScript's syntax rule is not sent: its matches are never read (postil.analyzers.syntax
    # asks tree-sitter's parse of every file it is on for), and its `kind: ERROR` cost ast-grep
    # on every file (see syntax_documents)
    patterns = [] if probes_only else [(r.document, r.requirement, r) for r in rules
                                       if r.taint is None and r.id != JS_SYNTAX_ERROR]
    for document, requirement, rule in patterns + probes(taint_rules):
        for language in rule.targets:
            if language not in languages or not compiles_for(rule, language):
                continue
            doc = {k: v for k, v in document.items() if k not in ("files", "ignores", "severity")}
            doc["id"] = document["id"] if language == rule.language else f"{document['id']}{LANGUAGE_SEPARATOR}{language}"
            doc["language"] = language
            doc["severity"] = "warning"
            docs += [(d, requirement) for d in (syntax_documents(doc) if doc["id"] == SYNTAX_ERROR else [doc])]
    return docs if probes_only else docs + taint_matchers(taint_rules, languages)


def syntax_documents(doc: dict) -> list[dict]:
    """Python's syntax rule as two documents: within the root (a `module` holding a node the
    rule matches), for the files whose root the scan matches too (see bulk._narrowed), and as
    written for the others. As written, its `kind: ERROR` (a kind numbered past every other)
    cost ast-grep ~0.1 ms on every file it was sent to, a tenth of a tree of small handlers'
    scan. The root of a file is an ERROR when it is no `module`: the rule as written matches
    it, and such a file gets a record of the rule (see bulk._rootless). Only whether the rule
    matched a file counts: CPython's parser says where the error is (postil.analyzers.syntax)."""
    within = {**doc, "rule": {"kind": "module", "has": {**doc["rule"], "stopBy": "end"}}}
    return [within, {**doc, "id": f"{doc['id']}{LANGUAGE_SEPARATOR}{AS_WRITTEN}"}]


def taint_configs(spec, language: str) -> list[dict]:
    """The configs of a taint rule's sources, sinks, sanitizers, guards and propagators, and
    of the functions whose parameters are its sources, in ``language``: a bulk scan runs them
    too, so a file's flow analysis searches only those found in it."""
    grammar = GRAMMARS.get(language)
    return spec_configs(spec, grammar, grammar_configs(grammar).scopes if grammar is not None else None)


def taint_matchers(taint_rules: list[Rule], languages: set[str]) -> list[tuple[dict, object]]:
    """(document, requirement) of each taint config (see taint_configs) per target language
    present, each once: their records only say which configs match in a file (see scanned_taint);
    and one matching each file's root, which says the file was scanned as that language."""
    docs, seen = [], set()
    for rule in taint_rules:
        for language in rule.targets:
            if language not in languages or not compiles_for(rule, language):
                continue
            if language not in seen:
                seen.add(language)
                docs.append(({"id": f"{TAINT_MATCH}{SCANNED}{LANGUAGE_SEPARATOR}{language}", "language": language,
                              "severity": "warning", "rule": {"kind": empty_root(language).kind()}}, None))
            for config in taint_configs(rule.taint, language):
                key = config_key(config)
                if (key, language) not in seen:
                    seen.add((key, language))
                    doc = {"id": f"{TAINT_MATCH}{key}{LANGUAGE_SEPARATOR}{language}", "language": language,
                           "severity": "warning", **config}
                    docs.append((doc, config_requirement(config)[0]))
    return docs


def probes(taint_rules: list[Rule]) -> list[tuple[dict, object, Rule]]:
    """(document, requirement, rule) for the source probes of taint rules (see
    Rule.taint_probe): one document per kind of source, with its constraints (what it finds
    is a source), each sent only to files holding its own literals and one of its rules' sinks. One probe for all sources ran every source's
    pattern on every file that held any of them, most of ast-grep's time on a large tree."""
    groups: dict[str, tuple[dict, list[Rule]]] = {}
    for rule in taint_rules:
        if rule.taint_probe is not None:
            probe_id, probe = rule.taint_probe
            groups.setdefault(probe_id, (probe, []))[1].append(rule)
    out = []
    for probe_id, (probe, members) in groups.items():
        sources = members[0].taint.sources  # the members' constraints are the same (the id holds them)
        for k, source in enumerate(probe["any"]):
            document = {"id": f"{probe_id}{PROBE_PART}{k}", "language": members[0].language, "rule": source}
            if k < len(sources) and sources[k].config.get("constraints"):
                document["constraints"] = sources[k].config["constraints"]
            own = config_requirement(sources[k].config)[0] if k < len(sources) else required_literals(source, {})
            out.append((document, own, members[0]))
    return out


def implied_probes(chosen: list[list], names: list[str]) -> dict[str, list[tuple[str, set[str]]]]:
    """Of the source probes (see probes) among the documents ``chosen`` ([document, the files
    given it (indexes in ``names``), ...]), each that matches as a taint config's document does
    (the same rule and constraints: a source is its rule's config too) goes only to the files not
    given that config, whose records there say the probe matched too. Returns, by the config document's id, (the probe's
    id, the files its records stand for the probe's in). On a tree of handlers, all of them: the
    probe of `request.$A` matched 1,209 of its 1,250 files, printing each match a second time."""
    configs = {_matcher(entry[0]): entry for entry in reversed(chosen)
               if entry[0]["id"].startswith(TAINT_MATCH) and not entry[0]["id"].startswith(TAINT_MATCH + SCANNED)}
    implied: dict[str, list[tuple[str, set[str]]]] = defaultdict(list)
    for entry in chosen:
        twin = configs.get(_matcher(entry[0])) if entry[0]["id"].startswith(TAINT_PROBE) else None
        if twin is not None and (both := entry[1] & twin[1]):
            entry[1] = entry[1] - both
            implied[twin[0]["id"]].append((entry[0]["id"], {names[i] for i in both}))
    return implied


def _matcher(doc: dict) -> str:
    """What of a document says which nodes it matches (all but its id, severity and message)."""
    return json.dumps({k: v for k, v in doc.items() if k not in ("id", "severity", "message")}, sort_keys=True)
