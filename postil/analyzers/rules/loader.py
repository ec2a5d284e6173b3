"""Load ast-grep YAML rule files into checked, ready-to-run rules.

A rule file may hold several rules separated by ``---``. A broken rule is
reported as a :class:`RuleError` (file, rule id, problem) and skipped; the other
rules in the file and elsewhere still load. The files' documents are read by
``rule_yaml``; a rule's prefilter is ``literal_prefilter``'s.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

from ast_grep_py import SgRoot

from postil.analyzers.findings import Severity
from postil.analyzers.languages import SUPPORTED_LANGUAGES, canonical_language
from postil.analyzers.rules.comment_gaps import commented_gaps
from postil.analyzers.rules.comment_siblings import LANGUAGES as COMMENTED_LANGUAGES
from postil.analyzers.rules.comment_siblings import uncounted_comments
from postil.analyzers.rules.import_aliases import api_names
from postil.analyzers.rules.repeated_siblings import split_rule
from postil.analyzers.rules.rule_model import Rule, RuleError
from postil.analyzers.rules.scoped_names import split_rule as split_scoped
from postil.analyzers.rules.rule_yaml import load_trusted_documents, load_yaml_documents, tree_problem
from postil.analyzers.rules.taint_grammar import GRAMMARS
from postil.analyzers.rules.taint_spec import TaintSpec, parse_taint
from postil.core.atomic import within

# ast-grep's own layout (packs/sgconfig.yml): every file loads in its CLI, taint rules included
BUILTIN_PACKS = Path(__file__).parent / "packs" / "rules"
BUILTIN_PACK_DIRS = (BUILTIN_PACKS,)
RULE_FILE_SUFFIXES = (".yml", ".yaml")
LINKED_OUT = "not loaded: a link to a file outside the rule directory"

_KNOWN_KEYS = {
    "id", "language", "rule", "constraints", "utils", "transform", "fix", "message", "note",
    "severity", "files", "ignores", "url", "metadata", "labels", "rewriters", "taint",
}
_RULE_KEYS = {
    "pattern", "kind", "regex", "inside", "has", "not", "all", "any", "follows", "precedes",
    "matches", "nthChild", "range", "stopBy", "field",
}
_MATCHER_KEYS = frozenset(_RULE_KEYS - {"stopBy", "field"})


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


def _tree_unchecked(rule: object, where: str = "rule") -> None:
    """The rule-tree check of a document already checked (see taint_of)."""
    return None


def taint_of(document: dict) -> TaintSpec:
    """The taint spec of a taint rule's document (``Rule.document``) that built before, in this
    postil (builtin_packs keeps such rules): its rule trees are not walked again."""
    spec = parse_taint(document["taint"], _tree_unchecked)
    if isinstance(spec, str):
        raise ValueError(spec)
    return spec


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
    if language in COMMENTED_LANGUAGES:
        doc = {k: (commented_gaps(uncounted_comments(v)) if k in ("rule", "utils", "constraints", "taint") else v)
               for k, v in doc.items()}
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
    metadata = doc.get("metadata") or {}
    if not isinstance(metadata, dict):
        return RuleError(source, rule_id, "`metadata` must be a mapping")
    split = split_rule(doc["rule"], metadata) if taint is None else None
    scoped = split_scoped(doc["rule"], metadata, doc.get("utils")) if taint is None else None
    for problem in (split, scoped):
        if isinstance(problem, str):
            return RuleError(source, rule_id, problem)
    # searched without its walk of the siblings (see repeated_siblings) or of the scope (scoped_names);
    # ast-grep's CLI gets the YAML: its JSON record of a set's element holds the whole set (`inside`),
    # n records of n items each
    config = {"rule": (split or scoped or [doc["rule"]])[0]}
    for key in ("constraints", "utils", "transform"):
        if doc.get(key):
            config[key] = doc[key]
    try:
        if compile_check:
            searched = [config] if scoped is None else [config, scoped[1][2]]  # (and its releases' search)
            for checked in taint.configs() if taint is not None else searched:
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
    from postil.core.web_address import https_url  # here: the built-in rules come built (builtin_packs)

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
        api_names=api_names({**config, "rule": doc["rule"]}),  # (what the rule names as written)
        repeats=None if split is None else split[1],
        scoped=None if scoped is None else scoped[1],
    )


def dropped_url_notes(rules) -> list[str]:
    """One line per rule whose ``url`` was dropped (not an https address): file, rule id, value."""
    return [f"{rule.source}: rule {rule.id!r}: url {rule.dropped_url[:100]!r} dropped: only https:// "
            "addresses are kept as documentation links" for rule in rules if rule.dropped_url is not None]


def _as_list(value) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def load_rule_file(path: Path, compile_check: bool = True, shipped: bool = False) -> tuple[list[Rule], list[RuleError]]:
    """All rules in one YAML file (a Semgrep file's translated), plus the problems of those that failed
    (``shipped``: a file of postil's own packs, see load_trusted_documents)."""
    from postil.analyzers.rules.semgrep import is_semgrep_file, translate_file  # here: a check reads no rule file

    docs, errors = (load_trusted_documents if shipped else load_yaml_documents)(path)
    if len(docs) == 1 and is_semgrep_file(docs[0]):
        # a pattern's `...` beside commas multiplies its variants: the translation is bounded again
        translated = [(rule_id, tree_problem(doc) or doc if isinstance(doc, dict) else doc)
                      for rule_id, doc in translate_file(docs[0])]
        docs = [doc for _, doc in translated if isinstance(doc, dict)]
        errors += [RuleError(str(path), rule_id, problem) for rule_id, problem in translated if isinstance(problem, str)]
    rules = []
    for doc in docs:
        try:
            built = build_rule(doc, str(path), compile_check)
        except RecursionError:
            built = RuleError(str(path), doc.get("id") if isinstance(doc, dict) else None, "rule nested too deeply")
        if isinstance(built, RuleError):
            errors.append(built)
        else:
            rules.append(built)
    return rules, errors


def yaml_files(directory: Path) -> tuple[list[Path], list[Path]]:
    """The YAML files under a rule directory (sorted), and apart from them those that are links
    whose file really lies outside it: those are never read (a checkout's ``rules/x.yml`` linking
    to a file elsewhere on the machine; ast-grep's CLI reads no linked rule file at all)."""
    if directory.is_file():
        return [directory], []
    real_directory = os.path.realpath(directory)
    inside, outside = [], []
    for path in sorted(directory.rglob("*")):
        if path.suffix in RULE_FILE_SUFFIXES and path.is_file():
            linked_out = path.is_symlink() and not within(os.path.realpath(path), real_directory)
            (outside if linked_out else inside).append(path)
    return inside, outside


def is_rule_file(path: Path) -> bool:
    """Whether a YAML file of a rule directory holds rules (not ast-grep tests or its config)."""
    return not ("rule-tests" in path.parts or path.stem.endswith("-test") or path.name.startswith("sgconfig"))


def rule_files(directory: Path) -> list[Path]:
    """Rule files under a directory, skipping ast-grep test and config files and links out of it."""
    return [path for path in yaml_files(directory)[0] if is_rule_file(path)]


def load_rule_dirs(directories: list[Path], compile_check: bool = True,
                   shipped: bool = False) -> tuple[list[Rule], list[RuleError]]:
    """Rules from several directories or files; later duplicates of an id are errors (``shipped``:
    postil's own packs, see load_rule_file)."""
    rules: list[Rule] = []
    errors: list[RuleError] = []
    seen: dict[str, str] = {}
    for directory in directories:
        if not directory.exists():
            errors.append(RuleError(str(directory), None, "rule directory does not exist"))
            continue
        files, linked_out = yaml_files(directory)
        errors.extend(RuleError(str(path), None, LINKED_OUT) for path in linked_out if is_rule_file(path))
        for path in filter(is_rule_file, files):
            loaded, problems = load_rule_file(path, compile_check, shipped)
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
    rules, errors = load_rule_dirs(list(BUILTIN_PACK_DIRS), compile_check=False, shipped=True)
    return tuple(rules), tuple(errors)
