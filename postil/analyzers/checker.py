"""Check a document or file under one project config: rules, secrets, suppressions.

This is the single entry point the CLI and the language server share.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from postil.analyzers import baseline
from postil.analyzers.baseline import BaselineReader
from postil.analyzers.checked_paths import importer, relative_path
from postil.analyzers.findings import BINARY_FILE, MODEL_CATEGORIES, Finding, LineIndex, Severity, assign_fingerprints
from postil.analyzers.languages import language_of
from postil.analyzers.parse_limits import unchecked, unparseable
from postil.analyzers.route_files import as_served
from postil.analyzers.rules.rule_failures import RULE_FAILED
from postil.analyzers.rules.suppressions import UNKNOWN_RULE_ID, matches_selector, parse_suppressions
from postil.analyzers.unmatched_selectors import selector_problems, unknown_selectors
from postil.config import (
    ConfigError,
    ConfigOverrides,
    LoadedConfig,
    PostilConfig,
    config_in,
    git_root,
    load_file,
)
from postil.core.deadline import Deadline, TimeLimitExceeded
from postil.core.decoding import BINARY_SNIFF_BYTES as BINARY_SNIFF_BYTES  # server.lazy_engine reads it here
from postil.core.decoding import decode_source
from postil.core.gitcmd import holds_git
from postil.core.path_globs import PathGlobs
from postil.core.upward import nearest_up
from postil.core.walk import SkipFile, gitignore_spec, read_regular

if TYPE_CHECKING:
    from postil.analyzers.rules.incremental import DocumentRules
    from postil.analyzers.rules.rule_model import Rule, RuleError

# The model's findings are rules too (``llm/<category>``): selected, ignored, re-graded and
# suppressed like the others.
LLM_RULE_IDS = frozenset(f"llm/{category}" for category in MODEL_CATEGORIES)
# Seconds the rules and secret detectors may spend on one file before it is skipped.
FILE_TIME_LIMIT = 10.0
# Secret detectors whose hits in test code are fixture credentials, not leaks.
# Open documents whose rules' results are kept between checks (see Checker.document_rules).
_DOCUMENTS_KEPT = 32
_ALIAS_COPY = "\0aliases"  # (appended to a document's name: its copy read through its import aliases)
_KEYWORD_COPY = "\0keywords"  # (and its copy with the option dicts spread into calls spelt out)
_KEYWORDS_KEPT = "\0keywords kept"  # (and what that copy's rules found, see rules/unit_keywords.py)
_TEST_CREDENTIAL_RULES = frozenset({"secrets/hardcoded-password", "secrets/generic-secret", "secrets/url-credentials"})


def production_exposure(finding: Finding) -> bool:
    """Whether a finding is about exposure in production (security rules, fixture
    credentials), which the test-code policy quiets; correctness findings are not."""
    return (finding.rule in _TEST_CREDENTIAL_RULES or "/security/" in finding.rule
            or finding.metadata.get("category") == "security")


def _specificity(rule_id: str, selectors) -> int:
    """Length of the most specific selector matching the rule, -1 if none."""
    best = -1
    for selector in selectors:
        if matches_selector(rule_id, selector):
            best = max(best, 0 if selector == "*" else len(selector))
    return best


@dataclass
class FileReport:
    """What checking one file produced."""

    path: Path
    findings: list[Finding] = field(default_factory=list)
    skipped: str | None = None
    fixable_text: bool = True  # False when the file was not valid UTF-8
    elapsed: float = 0.0
    hidden: list[Finding] = field(default_factory=list)  # hidden by the workspace's baseline
    checked: str | None = None  # the sha256 of the bytes checked: a fix is written only over these


class Checker:
    """Runs the rules and secret detectors selected by one config (plus command-line or
    editor ``overrides``). ``config_problems`` says which selectors match no rule (the first
    few by name, then a count: see unmatched_selectors)."""

    def __init__(self, loaded: LoadedConfig, overrides: ConfigOverrides | None = None,
                 baselines: BaselineReader | None = baseline.load, modules_root: Path | None = None) -> None:
        # The rule engine is imported by the first Checker, not with this module: a command that
        # builds none (``review --staged`` with nothing staged) never pays for it.
        from postil.analyzers.rules import secrets
        from postil.analyzers.rules.builtin_packs import pack_index
        from postil.analyzers.rules.engine import RuleSet
        from postil.analyzers.rules.loader import load_rule_dirs
        from postil.analyzers.rules.rule_model import RuleError
        from postil.analyzers.rules.secret_formats import project_secret_rules
        from postil.analyzers.rules.taint_modules import Workspace

        settings = loaded.settings
        # the baseline at a root (None for `postil baseline`, which records what it hides)
        self.baselines = baselines
        errors: list[RuleError] = []
        # the built-in rules are built per language, when a file of it is checked (builtin_packs)
        builtin_ids = pack_index().ids if settings.builtin_rules else ()
        if settings.builtin_rules:
            errors.extend(pack_index().errors)
        self.own_rules: list[Rule] = []  # the rules rule-dirs adds
        if settings.rule_dirs:
            directories, refused = loaded.rule_directories()
            errors.extend(RuleError(str(loaded.path), None, why) for why in refused)
            extra, extra_errors = load_rule_dirs(directories)
            known = set(builtin_ids)
            for rule in extra:
                if rule.id in known:
                    errors.append(RuleError(rule.source, rule.id, "duplicate id (a built-in rule has it)"))
                else:
                    self.own_rules.append(rule)
            errors.extend(extra_errors)
        own_rule_ids = [rule.id for rule in self.own_rules]
        self.user_secrets = project_secret_rules(loaded)
        errors.extend(self.user_secrets.errors)
        self.rule_errors = errors
        self.all_secret_rules = (*secrets.SECRET_RULES, *self.user_secrets.rules)
        self.known_ids = frozenset({*builtin_ids, *own_rule_ids} | {r.id for r in self.all_secret_rules}
                                   | {UNKNOWN_RULE_ID, RULE_FAILED} | LLM_RULE_IDS)
        where = f"{loaded.path}: " if loaded.path is not None else ""
        self._where = where
        left_out = [rule_id for rule_id in own_rule_ids if settings.select and _specificity(rule_id, settings.select) < 0]
        self.config_notes = [f"{where}select = {json.dumps(list(settings.select))} leaves out {len(left_out)} rule(s) that "
                             f"rule-dirs adds, so they never run: {', '.join(left_out[:5])}"
                             f"{', ...' if len(left_out) > 5 else ''}; add their ids (or a prefix) to select"
                             ] if left_out else []
        unknown = [(f"{where}{key}", f"{where}{key.partition('.')[0]}", selector)
                   for key, selector in unknown_selectors(settings, self.known_ids)]
        if overrides is not None:
            given = PostilConfig.model_construct(select=tuple(overrides.select or ()), ignore=tuple(overrides.ignore))
            unknown += [(overrides.source.format(key=key),) * 2 + (selector,)
                        for key, selector in unknown_selectors(given, self.known_ids)]
            loaded = replace(loaded, settings=overrides.apply(settings))
        self.config_problems = selector_problems(unknown, self.known_ids)
        self.loaded, self.ruleset = loaded, RuleSet(self._rules_for)
        self.secret_rules = {r.id: r for r in self.all_secret_rules if self.is_selected(r.id)}
        self._test_spec = None
        self._file_ignores: list[tuple[PathGlobs, tuple[str, ...]]] | None = None
        # the project's modules, for taint flows through their functions (``modules_root``: the checked
        # files' project, see CheckerCache.for_path; else the config's repository, or its folder)
        self.modules = Workspace(modules_root or git_root(loaded.root) or loaded.root)
        self._documents: dict[str, DocumentRules] = {}  # see document_rules

    def note_scan(self, rules: list[Rule], paths: list[Path], records: dict[Path, list[dict]],
                  edited: bool = False) -> dict[Path, list[str] | None]:
        """What a bulk scan of ``paths`` with ``rules`` found (``records``: ast-grep's, by file): the taint rules'
        source probes tell the workspace's modules which hold no source (see Workspace.note_scan; not those it
        left unprobed). ``edited``: some of them changed during the scan (see note_probes)."""
        from postil.analyzers.rules.bulk import scan_probes

        probes = {path: scan_probes(records.get(path, [])) for path in paths}
        self.note_probes(rules, {path: set(ids) for path, ids in probes.items() if ids is not None}, edited)
        return probes

    def note_probes(self, rules: list[Rule], found: dict[Path, set[str]], edited: bool = False) -> None:
        """What a bulk scan's source probes found (path -> the ids of those that matched; see note_scan);
        ``edited``: files of the scan changed since it read them, so that no file holding request data
        is no proof the tree has none (Workspace.note_scan)."""
        self.modules.note_scan(rules, found, edited)

    def gate_waits(self, path: Path, text: str, real_path: str | None = None) -> bool:
        """Whether the file's taint rules are gated by what a bulk scan finds in the modules it
        imports (see Workspace.note_scan): then it is checked once the scan is done. Its
        imports, and those of the modules it imports, are read and resolved now (see
        Workspace.follow), from where check_text resolves them (``real_path``, see there)."""
        language = language_of(path)
        if language is None or not self.ruleset.taint_rules(language):
            return False
        return self.modules.follow(importer(path, real_path), text, language)

    # --- the rules ------------------------------------------------------
    @cached_property
    def all_rules(self) -> list[Rule]:
        """Every rule, the built-in ones (when on) and those rule-dirs adds, selected or not."""
        from postil.analyzers.rules.builtin_packs import every_builtin_rule

        return [*(every_builtin_rule() if self.loaded.settings.builtin_rules else ()), *self.own_rules]

    @cached_property
    def rules(self) -> list[Rule]:
        """The rules that run, every language's, with the config's severity."""
        return self._selected(self.all_rules)

    def _rules_for(self, language: str) -> list[Rule]:
        """The rules that run on ``language`` files, with the config's severity."""
        from postil.analyzers.rules.builtin_packs import builtin_rules_for

        builtin = builtin_rules_for(language) if self.loaded.settings.builtin_rules else ()
        return self._selected([*builtin, *(r for r in self.own_rules if language in r.targets)])

    def _selected(self, rules) -> list[Rule]:
        chosen = [self._with_severity(r) for r in rules if self.is_selected(r.id)]
        return [r for r in chosen if r.severity is not None]

    # --- selection -------------------------------------------------------
    def is_selected(self, rule_id: str) -> bool:
        settings = self.loaded.settings
        chosen = _specificity(rule_id, settings.select) if settings.select else 0
        if chosen < 0:
            return False
        ignored = _specificity(rule_id, settings.ignore)
        return ignored < 0 or chosen > ignored

    def keeps_model_findings(self) -> bool:
        """Whether select/ignore/severity leave any ``llm/<category>`` finding standing
        (when none would be kept, asking the model is money spent for nothing)."""
        return any(self.is_selected(rule_id) and self.severity_for(rule_id, Severity.WARNING) is not None
                   for rule_id in LLM_RULE_IDS)

    def notes(self, provider: str | None = None) -> list[str]:
        """Settings that silently do nothing, one line each: ``config_notes`` and
        :meth:`model_findings_note` for ``provider`` (None: the one the config and the
        environment configure, if its review is on)."""
        if provider is None:
            from postil.config.environment import SettingsError, resolve

            try:
                llm = resolve(self.loaded.settings.llm, sources=self.loaded.sources)
            except SettingsError:  # the review commands report it
                llm = None
            provider = llm.provider if llm is not None and llm.enabled else "none"
        dropped = self.model_findings_note(provider)
        return [*self.config_notes, *([dropped] if dropped else [])]

    def model_findings_note(self, provider: str) -> str | None:
        """What the user is told when an LLM ``provider`` is configured but select/ignore/severity
        keep none of the model's findings (None when they keep some, or there is no provider)."""
        from postil.analyzers.model_note import dropped_model_findings

        return None if provider == "none" or self.keeps_model_findings() else dropped_model_findings(self._where, provider)

    def severity_for(self, rule_id: str, default: Severity | None) -> Severity | None:
        overrides = self.loaded.settings.severity
        if not overrides:
            return default
        best, best_len = None, -1
        for selector, value in overrides.items():
            if matches_selector(rule_id, selector) and len(selector) > best_len:
                best, best_len = value, len(selector)
        if best is None:
            return default
        return None if best == "off" else Severity.parse(best)

    def _with_severity(self, rule: Rule) -> Rule:
        severity = self.severity_for(rule.id, rule.severity)
        if severity == rule.severity:
            return rule
        return replace(rule, severity=severity)

    def relative(self, path: Path, real_path: str | None = None) -> str:
        """``path`` relative to the project's root (``real_path``: it resolved, where the caller
        knows it: a scan resolves each directory once)."""
        return relative_path(path, self.loaded.root, real_path)

    def ignored_for_path(self, relpath: str) -> tuple[str, ...]:
        if self._file_ignores is None:  # each key compiled once, however many a config holds
            self._file_ignores = [(PathGlobs((p,)), ids) for p, ids in self.loaded.settings.per_file_ignores.items()]
        return tuple(rule for globs, ids in self._file_ignores if globs.match(relpath) for rule in ids)

    def is_test_code(self, relpath: str) -> bool:
        """Whether a path is test code or a fixture (``test-paths``, gitignore-style; a route's URL segment
        named `test/` is none: route_files)."""
        if self._test_spec is None:
            self._test_spec = gitignore_spec(self.loaded.settings.test_paths)
        return self._test_spec.match_file(as_served(relpath))

    def _apply_test_policy(self, findings: list[Finding], relpath: str) -> list[Finding]:
        """Production-exposure findings in test code become hints, or go (``test-policy``)."""
        policy = self.loaded.settings.test_policy
        # whether the path is test code is asked only when it matters (it compiles test-paths)
        if policy == "on" or not any(map(production_exposure, findings)) or not self.is_test_code(relpath):
            return findings
        if policy == "off":
            return [f for f in findings if not production_exposure(f)]
        return [replace(f, severity=Severity.HINT) if production_exposure(f) and f.severity > Severity.HINT else f
                for f in findings]

    @property
    def rule_count(self) -> int:
        return len(self.rules) + len(self.secret_rules)

    # --- checking --------------------------------------------------------
    def check_text(self, path: Path, text: str, allow_fixes: bool = True, bulk_records: list[dict] | None = None,
                   secret_findings: list[Finding] | None = None,
                   deadline: Deadline | None = None, hidden: list[Finding] | None = None,
                   incremental: bool = False, real_path: str | None = None,
                   copied: tuple[list[Finding], list[Finding]] | None = None) -> list[Finding]:
        """All findings for a document's text, suppressions, config and baseline applied
        (``hidden`` gets those the baseline hid).

        ``bulk_records`` are this file's matches from a bulk ast-grep scan (see rules/bulk.py), only
        for text that is the file exactly (their offsets are the file's bytes); without them the rules
        run in process. ``secret_findings`` may be computed ahead with :meth:`secret_findings`, and
        ``copied`` (what the pattern rules find on its copies read through its import aliases and with
        its option dicts spelt out) with scan.copied_findings.
        ``incremental``: the text is a new version of an open document (the editor's): the
        rules' results in its unchanged functions are kept from its last check (see
        rules/incremental.py). ``real_path``: ``path`` resolved, where the caller knows it (see
        relative). Raises :class:`TimeLimitExceeded` past ``deadline`` (default:
        :data:`FILE_TIME_LIMIT` seconds from now); the caller skips the file."""
        from postil.analyzers.rules.bulk import probed_taint_rules, scanned_taint
        from postil.analyzers.rules.embedded_scripts import script_findings
        from postil.analyzers.rules.engine import run_rules, without_flow_duplicates
        from postil.analyzers.rules.import_aliases import alias_findings, unseen
        from postil.analyzers.rules.keyword_dicts import keyword_findings
        from postil.analyzers.rules.unit_keywords import KeptKeywords
        from postil.analyzers.rules.unit_linked import linked_run
        from postil.analyzers.rules.unit_scope import looks_beyond_unit
        from postil.analyzers.syntax import SYNTAX_RULES, one_syntax_error

        deadline = deadline or Deadline(FILE_TIME_LIMIT)
        relpath = self.relative(path, real_path)
        display = str(path)
        findings: list[Finding] = []
        judged: set[tuple[str, int]] = set()  # where taint rules followed the data (without_flow_duplicates)
        language = language_of(path)
        index = None  # the text's lines, made once where something needs them
        if language is not None:
            rules = self.ruleset.for_language(language)
            taint_rules = self.ruleset.taint_rules(language)
            where = importer(path, real_path)
            with self.modules.steady():  # (one check: each module read, each directory near it listed, once)
                by_units = rules and bulk_records is None and incremental and language == "python"
                if rules and bulk_records is None and not by_units:
                    link = self.modules.link(where, text, language) if taint_rules else None
                if by_units:  # (linked to other modules: the taint rules kept for the link, see unit_linked)
                    document = self.document_rules(display)
                    findings.extend(linked_run(document, self.ruleset, text, language, display, relpath, allow_fixes,
                                               deadline, judged, self.modules, where))
                elif rules and bulk_records is None:
                    for kept in (display, display + _ALIAS_COPY, display + _KEYWORD_COPY, display + _KEYWORDS_KEPT):
                        self._documents.pop(kept, None)  # (checked whole: nothing kept)
                    findings.extend(run_rules(self.ruleset, text, language, display, relpath, allow_fixes, deadline,
                                              judged=judged, link=link))
                elif rules:
                    probed, matched, records = probed_taint_rules(bulk_records)
                    if records:
                        index = LineIndex(text)
                        findings.extend(self._bulk_findings(records, index, language, display, relpath))
                    # a bulk scan runs the taint rules where their source probe found something, and
                    # those the modules the file imports may feed (run_rules: the editor's gate too;
                    # none where the scan found no source in any of them: Workspace.may_feed)
                    taint = {r.id for r in taint_rules if r.taint_probe is None or r.taint_probe[0] in probed}
                    link = self.modules.link(where, text, language) if taint_rules and (
                        taint or self.modules.may_feed(where, text, language) or self.modules.called(where, language)) else None
                    if taint or link is not None:
                        scanned = scanned_taint(rules, language, matched, text) if matched is not None else None
                        findings.extend(run_rules(self.ruleset, text, language, display, relpath, allow_fixes, deadline,
                                                  only=taint, judged=judged, link=link, scanned=scanned))
            # The copies read through the import aliases and with the option dicts spelt out are
            # kept by units too, each under its own name (their pattern rules search only the
            # changed units' nodes of the copy: see rules/incremental.py); the alias copy leaves out
            # the units holding no rewritten name, where its rules run by units (DocumentRules.narrowed).
            def whole(copy: str, only: frozenset[str]) -> list[Finding]:
                return run_rules(self.ruleset, copy, language, display, relpath, False, deadline, only=only)

            def through(copy_name: str):
                def run(copy: str, only: frozenset[str]) -> list[Finding]:
                    if by_units:
                        return self.document_rules(display + copy_name).run(
                            self.ruleset, copy, language, display, relpath, False, deadline, set(),
                            only=frozenset(only))
                    return whole(copy, only)
                return run

            def narrowed(source: str, spans: list[tuple[int, int]], only: frozenset[str]) -> str:
                if not by_units or any(looks_beyond_unit(r) for r in self.ruleset.for_language(language)
                                       if r.id in only):
                    return source
                return self._documents[display].narrowed(source, spans)
            findings.extend(unseen(copied[0], findings) if copied is not None else
                            alias_findings(through(_ALIAS_COPY), self.ruleset, text, language, findings, narrowed))
            if by_units:
                findings.extend(self._kept_state(display + _KEYWORDS_KEPT, KeptKeywords).findings(
                    through(_KEYWORD_COPY), whole, self.ruleset, text, language, findings, document.parts))
            else:
                findings.extend(unseen(copied[1], findings) if copied is not None else
                                keyword_findings(through(_KEYWORD_COPY), self.ruleset, text, language, findings))
        findings.extend(script_findings(self.ruleset, path, text, display, relpath, allow_fixes, deadline, judged))
        syntax_rule = self.ruleset.first_of(language, SYNTAX_RULES) if language is not None else None
        findings = one_syntax_error(without_flow_duplicates(findings, judged), text, language, display, syntax_rule,
                                    deadline)
        if secret_findings is None:
            secret_findings = self.secret_findings(text, display, deadline, relpath)
        findings.extend(secret_findings)
        findings = self._apply_test_policy(findings, relpath)
        if not findings and "postil:" not in text:
            return []
        index = index or LineIndex(text)
        suppressions = parse_suppressions(text, index, path=path, language=language,
                                          lines={line for f in findings
                                                 for line in (f.span.start_line, f.sink_span.start_line)})
        file_ignores = self.ignored_for_path(relpath)
        kept = [
            f for f in findings
            if not suppressions.suppresses(f) and not any(matches_selector(f.rule, s) for s in file_ignores)
        ]
        if self.is_selected(UNKNOWN_RULE_ID):
            kept.extend(suppressions.unknown_ids(self.known_ids, display))
        root = baseline.root_for(path, self.loaded.root)
        assign_fingerprints(kept, index, baseline.relative_path(path, root))
        if self.baselines is not None:
            shared = self.baselines(root)
            if hidden is not None:
                hidden.extend(f for f in kept if shared.hides(f))
            kept = shared.without_hidden(kept)
        kept.sort(key=lambda f: f.sort_key)
        return kept

    def document_rules(self, display: str) -> DocumentRules:
        """What the rules found in the parts of an open document at its last check (the
        last few documents checked are kept)."""
        from postil.analyzers.rules.incremental import DocumentRules

        return self._kept_state(display, DocumentRules)

    def _kept_state(self, key: str, make):
        """What is kept between checks of an open document under ``key`` (made by ``make`` the
        first time; the last few kept)."""
        kept = self._documents.pop(key, None) or make()
        self._documents[key] = kept  # most recent last
        while len(self._documents) > _DOCUMENTS_KEPT:
            del self._documents[next(iter(self._documents))]
        return kept

    def kept_units(self, display: str) -> tuple[int, int] | None:
        """(recomputed, of) the units of an open document at its last check (see document_rules),
        None when it was checked whole."""
        kept = self._documents.get(display)
        return (kept.recomputed, kept.units) if kept is not None and kept.checked else None

    def judge(self, path: Path, text: str, findings: list[Finding]) -> list[Finding]:
        """Findings made elsewhere (the model's ``llm/<category>``) under this config, as the
        rules' own get it: select/ignore, severity overrides, per-file-ignores and
        suppression comments in ``text``."""
        relpath = self.relative(path)
        file_ignores = self.ignored_for_path(relpath)
        suppressions = parse_suppressions(text, path=path, language=language_of(path))
        kept = []
        for f in findings:
            if not self.is_selected(f.rule) or any(matches_selector(f.rule, s) for s in file_ignores):
                continue
            if suppressions.suppresses(f):
                continue
            severity = self.severity_for(f.rule, f.severity)
            if severity is not None:
                kept.append(f if severity == f.severity else replace(f, severity=severity))
        return kept

    def _bulk_findings(self, records, index: LineIndex, language, display, relpath) -> list[Finding]:
        from postil.analyzers.rules.bulk import raw_matches
        from postil.analyzers.rules.engine import applies_to_path, build_findings

        raw = raw_matches(records, index.text)
        matched = {m.rule_id for m in raw}  # only their globs are asked (a file's records name a few rules)
        by_id = {i: r for i in matched if (r := self.ruleset.by_id(language).get(i)) and applies_to_path(r, relpath)}
        return build_findings(by_id, raw, index, language, display)

    def secret_findings(self, text: str, display: str, deadline: Deadline | None = None,
                        relpath: str | None = None) -> list[Finding]:
        """Findings of the enabled secret detectors, the project's own included (before suppressions)."""
        if not self.secret_rules:
            return []
        from postil.analyzers.rules import secrets

        extra = self.user_secrets.detectors
        if extra and relpath is None:
            relpath = self.relative(Path(display))
        matches = secrets.scan_secrets(text, deadline or Deadline(FILE_TIME_LIMIT), extra, relpath)
        if not matches:
            return []
        index = LineIndex(text)
        out = []
        for match in matches:
            rule = self.secret_rules.get(match.rule)
            if rule is None:
                continue
            severity = self.severity_for(rule.id, Severity.parse(rule.severity))
            if severity is None:
                continue
            out.append(Finding(
                rule=rule.id,
                severity=severity,
                message=rule.message,
                path=display,
                span=index.span(match.start, match.end),
                url=rule.url,
                note=rule.note,
                metadata={"category": "secrets", "cwe": rule.cwe, "confidence": "high"},
            ))
        return out

    def read(self, path: Path, held: tuple[bytes, str] | None = None, deep=True) -> tuple[FileReport, str | None]:
        """A file's text, or a report saying why it is skipped (binary, too large, not a regular file, unreadable,
        not parseable: see parse_limits; ``deep`` False: but for its tree's depth, which parses it); ``held``: its
        bytes and their sha256 as read already (scan.ScanPlan.held under max-file-size), not read again."""
        report = FileReport(path=path)
        try:
            data = held[0] if held is not None else read_regular(path, self.loaded.settings.max_file_size)
        except (SkipFile, OSError) as exc:
            report.skipped = str(exc) if isinstance(exc, SkipFile) else f"cannot read: {exc.strerror or exc}"
            return report, None
        text, report.fixable_text = decode_source(data)
        report.checked = held[1] if held is not None else hashlib.sha256(data).hexdigest()
        report.skipped = BINARY_FILE if text is None else (unchecked if deep else unparseable)(text, language_of(path))
        return report, text if report.skipped is None else None

    def check_file(self, path: Path, held: tuple[bytes, str] | None = None) -> FileReport:
        """Read (see read: ``held``) and check a file on disk, skipping binary and oversized files."""
        started = time.perf_counter()
        report, text = self.read(path, held)
        if text is not None:
            try:
                report.findings = self.check_text(path, text, allow_fixes=report.fixable_text, hidden=report.hidden)
            except TimeLimitExceeded as exc:
                report.skipped = str(exc)
        report.elapsed = time.perf_counter() - started
        return report


class CheckerCache:
    """One Checker per config file in effect (multi-root workspaces have several)."""

    def __init__(self, overrides: ConfigOverrides | None = None, explicit: Path | None = None,
                 baselines: BaselineReader | None = baseline.load) -> None:
        self.overrides = overrides or ConfigOverrides()
        self.baselines = baselines
        self.explicit = explicit
        self._by_config: dict[tuple[Path | None, Path | None], Checker] = {}
        self._default_root = Path.cwd()
        self._scan_roots: list[Path] = []
        # what the config and git-root searches found by real directory (core.upward), shared by its lookups
        self._configs: dict[Path, Path | None] = {}
        self._roots: dict[Path, Path | None] = {}

    def add_scan_root(self, start: Path) -> None:
        """A path named on the command line: the project root of its files in no repository and
        under no config (as Semgrep's scanned folder), so ``~/tests/app`` is not test code."""
        resolved = start.resolve()
        self._scan_roots.append(resolved if resolved.is_dir() else resolved.parent)

    def _bare_root(self, directory: Path) -> Path:
        """The root of a file in no repository and under no config holding it (none, or a
        `--config` kept elsewhere): the nearest scan root holding it, else the current directory."""
        holding = [root for root in self._scan_roots if root == directory or root in directory.parents]
        return max(holding, key=lambda root: len(root.parts), default=self._default_root.resolve())

    def for_path(self, path: Path) -> Checker:
        """The checker for a file (raises ConfigError for a broken config)."""
        resolved = path.resolve()
        return self.for_directory(resolved if resolved.is_dir() else resolved.parent)

    def for_directory(self, directory: Path) -> Checker:
        """The checker for the files of a real (resolved) directory (raises ConfigError for a broken
        config); its config and git-root searches share what this cache's earlier ones found, so a
        tree costs a few stats a directory, not a few per directory and level above it."""
        key = self.explicit or nearest_up(directory, config_in, self._configs)
        # part of the key (a config above the git root may not set endpoints), the file's project where its
        # imports resolve: its repository; in none, its config's folder holding it, else its scan root
        folder = key.resolve().parent if key is not None else None
        root = (nearest_up(directory, holds_git, self._roots)
                or (folder if folder and directory.is_relative_to(folder) else self._bare_root(directory)))
        slot = (key, root)
        checker = self._by_config.get(slot)
        if checker is None:
            loaded = load_file(key, directory, chosen=self.explicit is not None)
            if key is None:
                loaded = replace(loaded, root=root)
            checker = Checker(loaded, self.overrides, self.baselines, modules_root=root)
            if checker.config_problems:
                raise ConfigError("; ".join(checker.config_problems))  # one line: `say` writes a newline out
            self._by_config[slot] = checker
        return checker

    @property
    def checkers(self) -> list[Checker]:
        return list(self._by_config.values())

    def rule_errors(self) -> list[RuleError]:
        seen, errors = set(), []
        for checker in self._by_config.values():
            for error in checker.rule_errors:
                if str(error) not in seen:
                    seen.add(str(error))
                    errors.append(error)
        return errors
