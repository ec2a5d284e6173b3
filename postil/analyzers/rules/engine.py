"""Run pattern rules over one document: one parse, prefiltered rules, fixes checked."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from ast_grep_py import SgRoot

from postil.analyzers.findings import Finding, Fix, LineIndex, Related, Severity, Span
from postil.analyzers.rules.after_jump import PLACEMENT as AFTER_JUMP
from postil.analyzers.rules.after_jump import after_jump
from postil.analyzers.rules.bounded_parse import parse_in_time
from postil.analyzers.rules.built_text import (ARGUMENT_PLACEMENT, NEAR_LINES, PLACEMENT, RECEIVER_PLACEMENT, VALUE_PLACEMENT, Placement,
                                                Placer, noun)
from postil.analyzers.rules.changed_default import PLACEMENT as THROUGH_CHANGE
from postil.analyzers.rules.changed_default import through_change
from postil.analyzers.rules.first_open import PLACEMENT as FROM_FIRST_OPEN
from postil.analyzers.rules.first_open import from_first_open
from postil.analyzers.rules.fixes import FixValidator, expand_template, fix_replacement, minimal_edit
from postil.analyzers.rules.literal_prefilter import LiteralIndex, requirement_met
from postil.analyzers.rules.loader import empty_root
from postil.analyzers.rules.message_code import shown_message
from postil.analyzers.rules.object_use import PLACEMENT as THROUGH_USE
from postil.analyzers.rules.object_use import through_use
from postil.analyzers.rules.joined_matches import matches_of
from postil.analyzers.rules.rule_failures import failure_finding
from postil.analyzers.rules.rule_model import Rule
from postil.analyzers.rules.scanned import ScannedConfigs
from postil.analyzers.rules.search import SharedSearch
from postil.analyzers.rules.taint import file_facts, taint_verdicts
from postil.analyzers.rules.taint_probe_hits import without_probes
from postil.analyzers.rules.text_spans import NARROWED_LANGUAGES, narrowed
from postil.analyzers.rules.parsed_text import overlaps, parsed
from postil.analyzers.rules.unit_docstrings import code_requirement
from postil.analyzers.rules.unit_scope import own_requirement
from postil.core.deadline import Deadline, TimeLimitExceeded


def applies_to_path(rule: Rule, relpath: str) -> bool:
    """A rule's ``files``/``ignores`` globs against a workspace-relative path."""
    files, ignores = rule.path_globs
    if files is not None and not files.match(relpath):
        return False
    return not (ignores is not None and ignores.match(relpath))


def compiles_for(rule: Rule, language: str) -> bool:
    """Whether a rule's matcher is valid in another grammar (a JavaScript rule naming
    a JSX-only node kind cannot run on plain TypeScript)."""
    if language == rule.language:
        return True
    try:
        empty_root(language).find_all(rule.config)
    except BaseException as exc:  # pyo3 panics are BaseException subclasses
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        return False
    return True


@dataclass
class RuleSet:
    """Rules grouped by the file language they run on (only where they compile); a language's
    rules come from ``rules_for`` when it is first asked for (the others are never built)."""

    rules_for: Callable[[str], Iterable[Rule]]
    _checked: dict[str, tuple[Rule, ...]] = field(default_factory=dict)
    _literals: dict[str | tuple, LiteralIndex] = field(default_factory=dict)
    _met: dict[tuple, frozenset[int]] = field(default_factory=dict)
    _taint: dict[str | tuple, tuple[Rule, ...]] = field(default_factory=dict)
    _first: dict[tuple[str, frozenset[str]], Rule | None] = field(default_factory=dict)
    _by_id: dict[str, dict[str, Rule]] = field(default_factory=dict)

    @classmethod
    def of(cls, rules: list[Rule] | tuple[Rule, ...]) -> "RuleSet":
        grouped: dict[str, list[Rule]] = {}
        for rule in rules:
            for language in rule.targets:
                grouped.setdefault(language, []).append(rule)
        return cls(lambda language: grouped.get(language, ()))

    def for_language(self, language: str) -> tuple[Rule, ...]:
        if language not in self._checked:
            self._checked[language] = tuple(r for r in self.rules_for(language)
                                            if r.severity is not None and compiles_for(r, language))
        return self._checked[language]

    def literal_index(self, language: str, only: frozenset[str] | None = None) -> LiteralIndex:
        """The prefilter literals of this language's rules (``only``: of those named), as one automaton."""
        key = language if only is None else (language, only)
        if key not in self._literals:
            if len(self._literals) >= 256:
                self._literals.clear()
            self._literals[key] = LiteralIndex([r for r in self.for_language(language) if only is None or r.id in only])
        return self._literals[key]

    def met(self, language: str, present: set[str], only: frozenset[str] | None = None,
            own: bool = False, code: bool = False) -> frozenset[int]:
        """The ids of this language's rules (``only``: of those named) whose required literals
        are all in ``present`` (see requirement_met): the same for every file holding the same
        literals, so worked out once for them. ``own``: the literals of the node a pattern rule
        matches (see unit_scope.own_requirement), every taint rule (what a part of a document
        checked by units must hold for a rule to find something there); ``code``: with ``own``, of
        the literals a text with its docstrings blanked out holds (see unit_docstrings)."""
        key = (language, frozenset(present), only, own, code)
        known = self._met.get(key)
        if known is None:
            if len(self._met) >= 4096:
                self._met.clear()
            known = self._met[key] = frozenset(
                id(r) for r in self.for_language(language) if (only is None or r.id in only) and (
                    r.taint is not None or requirement_met((code_requirement if code else own_requirement)(r), present)
                    if own
                    else requirement_met(r.requirement, present)))
        return known

    def first_of(self, language: str, ids: frozenset[str]) -> Rule | None:
        """This language's first rule whose id is one of ``ids`` (each file asks for its
        syntax rule)."""
        key = (language, ids)
        if key not in self._first:
            self._first[key] = next((r for r in self.for_language(language) if r.id in ids), None)
        return self._first[key]

    def by_id(self, language: str) -> dict[str, Rule]:
        """This language's rules by id (a file's bulk records name a few of hundreds)."""
        if language not in self._by_id:
            self._by_id[language] = {r.id: r for r in self.for_language(language)}
        return self._by_id[language]

    def taint_rules(self, language: str, only: frozenset[str] | None = None) -> tuple[Rule, ...]:
        """This language's taint rules (``only``: and the rules named), in their order (each
        file asks: a bulk scan's leave only those to run in process)."""
        key = language if only is None else (language, only)
        known = self._taint.get(key)
        if known is None:
            if len(self._taint) >= 256:
                self._taint.clear()
            known = self._taint[key] = tuple(r for r in self.for_language(language)
                                             if r.taint is not None or only is not None and r.id in only)
        return known


_LINE_BREAK = re.compile(r"[ \t]*\n\s*")


def _one_line(message: str, template: str) -> str:
    """A message on one line where its template is: code a metavariable brought across lines
    (`delete_expired(\n        days=...)`) joined by single spaces. ast-grep's CLI and ast-grep-py
    indent such code differently, so the editor and a bulk check said it two ways; and a
    message across lines breaks the one-line `path:line:col: rule message` output."""
    if "\n" not in message or "\n" in template.strip():
        return message
    return _LINE_BREAK.sub(" ", message.strip())


def _message(rule: Rule, match) -> str:
    """The message with ``$VAR``, ``$$$VARS`` and transform variables filled in, as ast-grep does,
    each piece of code cut to a bound (see message_code)."""
    return shown_message(expand_template(rule.message, match), rule.message) if "$" in rule.message else rule.message


@dataclass(frozen=True)
class RawMatch:
    """One rule match by string offsets, with its message and the fix's full replacement."""

    rule_id: str
    start: int
    end: int
    message: str
    replacement: str | None = None
    related: tuple[tuple[int, int, str], ...] = ()  # (start, end, message): e.g. a taint rule's source
    source: tuple[int, int] | None = None  # where a taint rule's data entered (start, end)
    calls: tuple[tuple[int, int, str], ...] = ()  # (start, end, message): the calls a flow goes through (taint_helper_calls)


def _guarded(rule: Rule, failed: list[tuple[str, str]], run, *args) -> list:
    """``run(rule, *args)``, or nothing if the rule fails inside ast-grep (logged and added to
    ``failed`` as (rule id, error), so the others still report and the failure is said), as where
    an analysis of another module it asks fails (taint_whole); past the file's time limit the file
    is skipped (TimeLimitExceeded goes on)."""
    try:
        return run(rule, *args)
    except BaseException as exc:  # pyo3 panics are BaseException subclasses
        if isinstance(exc, (KeyboardInterrupt, SystemExit, TimeLimitExceeded)):
            raise
        import logging  # only when something is logged: its import is ~4 ms of each start-up

        error = str(exc).split("Stack backtrace:")[0].strip()
        logging.getLogger(__name__).warning("rule %s failed and was skipped: %s", rule.id, error)
        failed.append((rule.id, error))
        return []


def _raw_matches(rule: Rule, search: SharedSearch, facts, index: LineIndex, allow_fixes: bool,
                 judged: set[tuple[str, int]]) -> list[RawMatch]:
    """One rule's matches in a parsed document: from the file's shared search for a
    pattern rule, from the flow analysis for a taint rule (``facts``: what the file's
    taint rules share). A taint rule adds to ``judged`` (rule id, 0-based line) for the
    rules it supersedes on each line of each sink it followed, of each source it proved a
    flow from and of each call of a helper of the file it followed (see taint_helper_calls)."""
    if rule.taint is not None:
        out = []
        hits, sinks, calls = taint_verdicts(facts, rule.taint)
        hits = without_probes(hits, facts.root, search.language)  # (a path probed, then opened: one finding, at the open)
        if rule.metadata.get("supersedes-in") == "function" and sinks:
            # judged in each function whose sinks were all clean; where data reached one, the
            # pattern finding on what the sink uses (the parser's configuration) stays beside it
            reached = _enclosing_functions(facts.root, [(h.start, h.end) for h in hits])
            sinks = [f for f in _enclosing_functions(facts.root, sinks) if f not in reached]
        # (and the source of each flow it proved: MD5 stored as a password is one finding, at the store;
        # and the file's own function a sink calls: `deepMerge(settings, body)` followed, the merge
        # loop in deepMerge is what it judged)
        spans = [*sinks, *((h.origin.start, h.origin.end) for h in hits)]
        if spans and rule.metadata.get("supersedes"):
            spans += _called_functions(facts.root, facts.search.language, spans, index.text)
        spans += calls  # (a helper's call followed: judged at its own lines, not the helper's)
        for superseded in rule.metadata.get("supersedes") or ():
            judged.update((superseded, line) for start, end in spans
                          for line in range(index.position(start)[0], index.position(end)[0] + 1))
        for hit in sorted(hits, key=lambda h: h.start):  # (a source reported once names its first sink)
            label = hit.origin.label or rule.taint.label
            message = (f"{rule.message}: {label} from line {hit.origin.line + 1} (`{hit.origin.text}`) "
                       f"reaches `{hit.sink}` at line {index.position(hit.start)[0] + 1}") + _handed_over(hit)
            if rule.taint.report == "source":  # once per source, however many sinks it reaches
                if not any((m.start, m.end) == (hit.origin.start, hit.origin.end) for m in out):
                    out.append(RawMatch(rule.id, hit.origin.start, hit.origin.end, message,
                                        related=((hit.start, hit.end, f"it reaches `{hit.sink}` here"),)))
                continue
            out.append(RawMatch(rule.id, hit.start, hit.end, message,
                                related=((hit.origin.start, hit.origin.end, f"{label} enters here"),),
                                source=(hit.origin.start, hit.origin.end),
                                calls=tuple((start, end, f"{label} is handed to `{helper}` here") for start, end, helper in hit.calls)))
        return out
    out = []
    for match in matches_of(rule, search.find):
        rng = match.range()
        replacement = fix_replacement(rule.fix, match, index) if rule.fix is not None and allow_fixes else None
        out.append(RawMatch(rule.id, rng.start.index, rng.end.index, _message(rule, match), replacement))
    return out


def _handed_over(hit) -> str:
    """The file's own helper whose calls hand a flow's sink its data, for the message: the flow is theirs
    too (see taint_helper_calls). The calls' lines are the finding's related places, not the message's: a
    check of the edited unit alone keeps the helper's finding, and a line named in its text would go stale."""
    return f" through `{hit.calls[0][2]}`" if hit.calls else ""


def _enclosing_functions(root, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The span of the innermost function around each of ``spans`` (the span itself outside any):
    a taint rule whose pattern rules name what a sink uses, not the sink (`supersedes-in:
    function`: an XML parser made to resolve entities, then fed constant data), judges them
    wherever the function's sinks were followed."""
    functions = [(r.start.index, r.end.index) for r in (n.range() for n in root.find_all(kind="function_definition"))]
    out = []
    for start, end in spans:
        around = [f for f in functions if f[0] <= start and end <= f[1]]
        out.append(max(around, key=lambda f: f[0]) if around else (start, end))
    return out


_FUNCTIONS = {"python": ("function_definition",)}  # named functions' kinds (else JavaScript's)
_JS_FUNCTIONS = ("function_declaration", "generator_function_declaration")
_CALLED = re.compile(r"(?:this\.|self\.)?([A-Za-z_$][\w$]*)\s*\(")


def _called_functions(root, language: str, spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The spans of the file's own named functions that the calls at ``spans`` call (`deepMerge(a, b)`;
    only names the text defines as functions are looked up)."""
    names = {m.group(1) for start, end in spans if (m := _CALLED.match(text, start, end))}
    # (`\bdef` written `def(?<!\wdef)`: a pattern opening with a literal is searched for it, one
    # opening with `\b` is tried at every position of the text, ~0.6 ms on 1,000 lines)
    names = {n for n in names if re.search(rf"def(?<!\wdef)\s*{re.escape(n)}\b", text)
             or re.search(rf"function(?<!\wfunction)\s*\*?\s*{re.escape(n)}\b", text)}
    if not names:
        return []
    return [(r.start.index, r.end.index) for n in root.find_all(any=[{"kind": k} for k in _FUNCTIONS.get(language, _JS_FUNCTIONS)])
            if (name := n.field("name")) is not None and name.text() in names for r in (n.range(),)]


def run_rules(ruleset: RuleSet, text: str, language: str, path: str, relpath: str,
              allow_fixes: bool = True, deadline: Deadline | None = None,
              only: set[str] | None = None, judged: set[tuple[str, int]] | None = None,
              link=None, scanned: ScannedConfigs | None = None, root=None,
              facts_out: list | None = None, within: frozenset[int] | None = None,
              literals: frozenset[str] | None = None, searched: list[str] | None = None) -> list[Finding]:
    """Findings of a language's rules on one document (no suppressions or config applied).
    Rules whose required literals the text lacks are skipped without parsing; the others
    share one traversal (see rules/search.py); ``only`` names the rules to run (after a
    bulk scan ran the others: the taint rules it probed); ``judged`` collects where taint
    rules followed the data for the pattern rules they supersede (see without_flow_duplicates);
    ``link``: the workspace modules the file imports (taint_modules.ModuleLink): a taint
    rule they may feed runs whatever the text names (see ModuleLink.feeding); ``scanned``:
    what a bulk scan found of the taint rules' configs (those it found nowhere are not searched);
    ``root``: the text's parsed tree, when the caller has it; ``facts_out`` receives what the
    taint rules that ran shared (taint_facts.FileFacts), when some ran; ``within``: the ids
    (``id(rule)``) of the rules that may run at all, None for every rule; ``literals``: every
    rule's literals the text holds, when the caller searched for them already; ``searched``
    receives the ids of the rules searched (those the prefilters leave: each is compiled). Raises
    :class:`TimeLimitExceeded` once ``deadline`` passes (checked before each rule)."""
    if only is None:
        rules = ruleset.for_language(language)
        chosen = ruleset.met(language, ruleset.literal_index(language).present(text) if literals is None else literals)
    else:  # the few rules named, by their own literals; only they and the taint rules may run
        only = frozenset(only)
        rules = ruleset.taint_rules(language, only)
        named = ruleset.literal_index(language, only)
        chosen = ruleset.met(language, named.present(text) if literals is None else literals & named.literal_set, only)
    fed = link.feeding([r.taint for r in rules if r.taint is not None and id(r) not in chosen]) \
        if link is not None else set()
    candidates = [r for r in rules if (id(r) in chosen or (r.taint is not None and id(r.taint) in fed))
                  and (within is None or id(r) in within) and applies_to_path(r, relpath)]
    if searched is not None:
        searched.extend(r.id for r in candidates)
    if not candidates:
        return []
    blanked = ()
    if root is None:  # (the text as the rules read it: parsed_text)
        parse_in_time(text, language, deadline)
        text, root, blanked = parsed(text, language, SgRoot(text, language).root())
    index = LineIndex(text)
    if deadline is not None:
        deadline.check("the pattern rules")
    search = SharedSearch(root, language, text.isascii(), [r.config for r in candidates if r.taint is None], scanned)
    specs = [r.taint for r in candidates if r.taint is not None]
    facts = file_facts(root, language, specs, search, link) if specs else None
    if facts is not None and facts_out is not None:
        facts_out.append(facts)
    raw, failed = [], []
    for rule in candidates:
        if deadline is not None:
            deadline.check("the pattern rules")
        raw.extend(_guarded(rule, failed, _raw_matches, search, facts, index, allow_fixes,
                            set() if judged is None else judged))
    if blanked:  # (a fix over blanked type arguments would write the blanks)
        raw = [replace(m, replacement=None) if overlaps(blanked, m.start, m.end) else m for m in raw]
    return build_findings({r.id: r for r in candidates}, raw, index, language, path, root) + \
        [failure_finding(rule_id, error, path) for rule_id, error in failed]


def build_findings(rules_by_id: dict[str, Rule], raw: list[RawMatch], index: LineIndex, language: str,
                   path: str, root=None) -> list[Finding]:
    """Findings from located matches; fixes trimmed, and dropped if they break parsing; those of
    rules placed from where their text is built begin there (see built_text.py; ``root``: the
    text's parsed tree, parsed here if one needs it)."""
    findings: list[Finding] = []
    seen: set[tuple[str, int, int]] = set()
    unique = []
    for match in raw:
        key = (match.rule_id, match.start, match.end)
        if match.rule_id in rules_by_id and key not in seen:
            seen.add(key)
            unique.append(match)
    edits = {
        i: minimal_edit(index, m.start, m.end, m.replacement)
        for i, m in enumerate(unique) if m.replacement is not None
    }
    edits = {i: e for i, e in edits.items() if e.new_text != index.text[e.start : e.end]}
    verdicts = dict(zip(edits, FixValidator(index.text, language).accepted(list(edits.values()))))
    narrow = language in NARROWED_LANGUAGES
    placed_at = [(i, match, start, end) for i, match in enumerate(unique)
                 for start, end in (narrowed(rules_by_id[match.rule_id].config, index.text, match.start, match.end)
                                    if narrow and match.replacement is None else [(match.start, match.end)])]
    placer = None
    for i, match, start, end in placed_at:
        rule = rules_by_id[match.rule_id]
        fix = None
        if verdicts.get(i):
            fix = Fix(description=_fix_description(match.replacement), edits=(edits[i],))
        finding = Finding(
            rule=rule.id,
            severity=rule.severity or Severity.WARNING,
            message=_one_line(match.message, rule.message),
            path=path,
            span=index.span(start, end),
            fix=fix,
            related=tuple(Related(path, index.span(start, end), message) for start, end, message in match.related)
            + tuple(Related(path, index.span(start, end), message, call=True) for start, end, message in match.calls),
            url=rule.url,
            note=rule.note,
            metadata=rule.metadata,
        )
        placement = rule.metadata.get("placement")
        if placement in (PLACEMENT, VALUE_PLACEMENT, RECEIVER_PLACEMENT, ARGUMENT_PLACEMENT, AFTER_JUMP, FROM_FIRST_OPEN):
            placer = placer or Placer(root or SgRoot(index.text, language).root(), language)
            placed = after_jump(placer, start, end) if placement == AFTER_JUMP else \
                from_first_open(placer, start, end) if placement == FROM_FIRST_OPEN else \
                placer.placed(start, end, None if placement == ARGUMENT_PLACEMENT else match.source,
                              made=placement if placement in (RECEIVER_PLACEMENT, ARGUMENT_PLACEMENT) else "")
            if placement in (VALUE_PLACEMENT, RECEIVER_PLACEMENT, ARGUMENT_PLACEMENT) and placed is not None:
                placed = Placement(placed.start, None, placed.near)
            finding = _placed(finding, placed, index)
        elif placement in (THROUGH_CHANGE, THROUGH_USE):
            placer = placer or Placer(root or SgRoot(index.text, language).root(), language)
            changed = (through_change if placement == THROUGH_CHANGE else through_use)(placer, start, end)
            if changed is not None:
                finding = _through_change(finding, index.span(*changed))
        findings.append(finding)
    return findings


def _through_change(finding: Finding, change: Span) -> Finding:
    """``finding`` on a shared default (or an object made: object_use) run on to the statement ``change``
    that changes (uses) it, or, that statement farther down than a built text's reach, named as related
    information (object_use finds none so far down)."""
    if change.end_line - finding.span.start_line > NEAR_LINES:
        finding.related += (Related(finding.path, change, "the shared default is changed here"),)
        return finding
    finding.sink = finding.span
    finding.span = Span(finding.span.start_line, finding.span.start_col, change.end_line, change.end_col)
    return finding


def _placed(finding: Finding, placement: Placement | None, index: LineIndex) -> Finding:
    """``finding`` on a sink, begun where the text the sink runs was built (or the data it
    runs was read), with that line in its message; the building statement related
    information when it is too far up."""
    if placement is None:
        return finding
    sink = finding.span
    finding.span = Span(*index.position(placement.start), sink.end_line, sink.end_col)
    finding.sink = sink
    if placement.built is not None:
        built = index.span(*placement.built)
        finding.message += f"; {noun(finding.metadata)} text built at line {built.start_line + 1}" + (
            "" if finding.metadata.get("taint") else f", run at line {sink.start_line + 1}")  # (a flow's names it)
        if not placement.near:
            finding.related += (Related(finding.path, built, f"the {noun(finding.metadata)} text is built here"),)
    return finding


def without_flow_duplicates(findings: list[Finding], judged: set[tuple[str, int]] = frozenset()) -> list[Finding]:
    """Findings minus pattern-rule findings that repeat a taint finding (same CWE, on a line
    the taint finding covers, from where its text is built to its sink: the taint finding says
    where the data came from) or that a
    taint rule superseding them has judged (``judged``: (rule id, line) of the sinks it
    followed the data to, reached or clean; see run_rules)."""
    flows = [f for f in findings if f.metadata.get("taint") and f.metadata.get("cwe")]
    if not flows and not judged:
        return findings
    covered = {(f.path, f.metadata["cwe"], line) for f in flows
               for line in range(min(f.span.start_line, f.sink_span.start_line), f.sink_span.end_line + 1)}
    return [f for f in findings if f.metadata.get("taint")
            or ((f.path, f.metadata.get("cwe"), f.sink_span.start_line) not in covered
                and (f.rule, f.sink_span.start_line) not in judged)]


def _fix_description(new_text: str) -> str:
    shown = " ".join(new_text.split())
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return f"Replace with `{shown}`" if shown else "Remove the matched code"
