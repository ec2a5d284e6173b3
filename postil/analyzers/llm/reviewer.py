"""One unit of review, end to end: triage → retrieval → prompt → provider → parse →
anchor → findings (``source="llm"``, rule ``llm/<category>``).

The reviewer is shared by the CLI and the server; it never imports LSP libraries.
Rules keep working whatever happens here: a provider failure, an open circuit or a
spent budget turns into one message and no LLM findings.

The reviewer's parts live beside it: what goes with a unit (``unit_context``), the
calls to the model within their limits (``provider_calls``), what a review came to
(``review_result``), the calls a user asks for (``on_request``) and what it asks of the
rules (``rule_checks``: the server's run in its check process).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from postil.analyzers import baseline
from postil.analyzers.findings import Finding, LineIndex, Severity
from postil.analyzers.languages import language_of
from postil.analyzers.llm import anchor as anchoring
from postil.analyzers.llm.cancel_token import CancelToken
from postil.analyzers.llm.context_window import ContextWindow
from postil.analyzers.llm.on_request import OnRequest
from postil.analyzers.llm.prompt import prompt_identity
from postil.analyzers.llm.provider_calls import ProviderCalls
from postil.analyzers.llm.provider_errors import ProviderError
from postil.analyzers.llm.providers import Provider
from postil.analyzers.llm.review_result import DISMISSED, ReviewResult, Stopped, UnitResult
from postil.analyzers.llm.rule_checks import InProcessRules, RuleChecks, RulesStopped
from postil.analyzers.llm.answer_schema import RawFinding, coerce_finding
from postil.analyzers.llm.shown import ShownFindings
from postil.analyzers.llm.state import Budget, Feedback, ResultCache, State, Stats
from postil.analyzers.llm.triage import generated_or_vendored, trivial_change, trivial_unit
from postil.analyzers.llm.unit_context import UnitContext
from postil.analyzers.llm.units import ReviewUnit, batch_of
from postil.config import llm_refusal
from postil.config.environment import LLMSettings
from postil.gate.egress import EgressGate, Refused

CONFIG_SAYS_NO = "ignored or suppressed by the config or a comment"
OUTSIDE_BATCH = "outside the small definitions under review"
TRIVIAL_BATCH_MIN = 2  # a file's trivial units go to the model together once it has this many; one alone is skipped
UNCHANGED_NOTE = " (on an unchanged line of the changed code: reported one level lower)"


def off_the_change(finding: Finding) -> None:
    """A model finding on a line the change did not touch, in the code it changed: kept
    (the change may have made it wrong) one severity level lower, and saying so."""
    finding.severity = Severity(max(Severity.HINT, finding.severity - 1))
    finding.message += UNCHANGED_NOTE
    finding.metadata["unchanged_line"] = True


class Reviewer(UnitContext, ProviderCalls, OnRequest):
    """Reviews units of code for one workspace with one provider configuration."""

    def __init__(self, root: Path, settings: LLMSettings, *, provider: Provider | None = None,
                 index=None, use_index: bool = True, update_index: bool = True,
                 state: State | None = None, cache: ResultCache | None = None,
                 on_message: Callable[[str], None] | None = None,
                 refresh_index: Callable[..., object] | None = None, snapshot=None,
                 rules: RuleChecks | None = None) -> None:
        self.root = Path(root).resolve()
        self.settings = settings
        self.config = settings.config
        self._provider = provider
        self._index = index
        self.use_index = use_index
        self.update_index = update_index
        self._index_ready = index is not None and not update_index
        self._index_lock = threading.Lock()
        self.state = state or State(self.root)
        self.cache = cache or ResultCache(self.root)
        self.budget = Budget(self.state, self.config)
        self.feedback = Feedback(self.state)
        self.shown = ShownFindings(self.root)
        self.stats = Stats(self.state)
        # Everything sent passes this gate (real paths, excludes, whole-file masking).
        self.gate = EgressGate.for_workspace(self.root, extra_exclude=self.config.exclude,
                                             redact_patterns=self.config.redact_patterns)
        # A staged or branch review reads only this (``postil.git.Snapshot``); None: the working tree.
        self.snapshot = snapshot
        self.intent = ""  # what the author says the change is for (branch, commit message), shown with it
        self.baselines: baseline.BaselineReader = baseline.load  # the team's baseline hides model findings too
        self.on_message = on_message
        self._index_messages: list[str] = []
        # How the index is brought up to date before the first retrieval (the CLI shows
        # progress): ``refresh_index(index, paths, vectors)``, paths None for the whole workspace,
        # vectors False when retrieval leaves similar-code vectors out (``index.update``).
        self.refresh_index = refresh_index or (
            lambda index, paths=None, vectors=True: index.update(paths=paths, vectors=vectors))
        self._vectors: bool | None = None  # similar code by vectors (decided with the index)
        self._said: set[str] = set()
        self._stop_reason: str | None = None  # the budget's refusal in the last review (the server shows it)
        self._deadline: float | None = None  # time.monotonic() past which nothing is sent
        self._limit_seconds: float | None = None
        self._calls_left: int | None = None  # provider requests this command may still make
        self._limits_lock = threading.Lock()
        self._guidelines: tuple[str, str | None] | None = None
        # The rules as ``postil check`` runs them (each file under its own config); the server's run
        # in its check process (``rule_checks``).
        self.rules = rules if rules is not None else InProcessRules()
        self._window: ContextWindow | None = None

    def relative(self, path: Path) -> str:
        try:
            return Path(path).resolve().relative_to(self.root).as_posix()
        except ValueError:
            return Path(path).as_posix()

    def refusal(self, path: Path) -> str | None:
        """Why the model may not see this file: the egress gate's reason (outside the
        workspace, excluded), or a config file at or above it (nested ones too, trusted or
        not) excluding it or turning review off."""
        return self.gate.refusal(path) or llm_refusal(self.root / path)

    def _say(self, result: ReviewResult | None, message: str) -> None:
        if message not in self._said:
            self._said.add(message)
            if self.on_message:
                self.on_message(message)
        if result is not None and message not in result.messages:
            result.messages.append(message)

    # -- the pipeline --------------------------------------------------------------
    def review_unit(self, unit: ReviewUnit, rule_findings: list[Finding], *, result: ReviewResult,
                    cancel: CancelToken | None = None, dry_run: bool = False) -> UnitResult:
        started = time.perf_counter()
        out = UnitResult(unit, "skipped")
        try:
            self._review_unit(unit, rule_findings, out, result, cancel, dry_run)
        finally:
            out.seconds = time.perf_counter() - started - out.provider_seconds
        return out

    def _skip_reason(self, unit: ReviewUnit) -> str | None:
        """Why the model never sees this unit (refused by the gate, generated or vendored, a
        comment- or whitespace-only change), or None."""
        rel = self.relative(unit.path)
        return (self.refusal(unit.path) or self._judged_away(unit.path) or generated_or_vendored(rel, unit.text)
                or trivial_change(unit.code, unit.previous, language_of(unit.path)))

    def _judged_away(self, path: Path) -> str | None:
        """Why every model finding on ``path`` would be dropped by its config (select, ignore
        and severity keep no ``llm/*``: asking would be money spent for nothing), or None."""
        try:
            keeps = self.rules.keeps_model_findings(path)
        except Exception:  # noqa: BLE001 - a broken config is reported by the rules' own run (RulesStopped too)
            return None
        return None if keeps else "select/ignore/severity keep no model finding (llm/*)"

    def _plan(self, units: list[ReviewUnit]) -> list[ReviewUnit]:
        """The requests to make: units one by one, except that a file's trivial units (stubs,
        getters, one-line delegations), once it has ``TRIVIAL_BATCH_MIN`` of them, go together
        as one batch; a trivial unit alone in its file is skipped."""
        trivial: dict[Path, list[ReviewUnit]] = {}
        for unit in units:
            if not unit.members and self._skip_reason(unit) is None and trivial_unit(unit.code, language_of(unit.path)):
                trivial.setdefault(unit.path, []).append(unit)
        batches = {id(u): group for group in trivial.values() if len(group) >= TRIVIAL_BATCH_MIN for u in group}
        work: list[ReviewUnit] = []
        placed: set[int] = set()
        for unit in units:
            group = batches.get(id(unit))
            if group is None:
                work.append(unit)
            elif id(group[0]) not in placed:
                placed.add(id(group[0]))
                work.append(batch_of(group))
        return work

    @staticmethod
    def _split(batch: ReviewUnit, out: UnitResult) -> list[UnitResult]:
        """A batch's result as one result per member: its findings by where they are; the request,
        calls and time counted once, on the first member."""
        results = []
        for n, member in enumerate(batch.members):
            mine = [f for f in out.findings if member.holds(f.span.start_line)]
            first = n == 0
            results.append(UnitResult(member, out.status, mine, out.reason, out.prompt if first else None,
                                      out.request if first else None, out.dropped if first else {},
                                      out.calls if first else 0, out.seconds if first else 0.0,
                                      out.provider_seconds if first else 0.0, batch=batch))
        return results

    def _review_unit(self, unit, rule_findings, out: UnitResult, result: ReviewResult, cancel, dry_run) -> None:
        rel = self.relative(unit.path)
        why = (self.refusal(unit.path) or self._judged_away(unit.path)) if unit.members else (
            self._skip_reason(unit) or trivial_unit(unit.code, language_of(unit.path)))
        if why:
            out.reason = why
            return
        if cancel is not None and cancel.cancelled:
            out.status, out.reason = "cancelled", "cancelled"
            return
        if not dry_run and self._deadline is not None and time.monotonic() >= self._deadline:
            self._stop(result, self._deadline_stop(), out)  # past it, not even retrieval runs
            return
        released = self.release(unit)
        prompt, key, room = self.fit(unit, rule_findings, result, released, dry_run)
        out.prompt = prompt
        cached = self.cache.get(key)
        if cached is None and room is None:
            out.status, out.reason = "failed", self._too_long(prompt.system + prompt.user)
            out.said = f"postil: {rel}:{unit.start} was not reviewed: {out.reason}"
            self._say(result, out.said)
            return
        if cached is None and not dry_run:
            if result.stop is not None:
                out.status, out.reason = "stopped", result.stop.reason
                return
            try:
                why = self._fast_triage(unit, rel, released, cancel, out, result)
                if why:
                    out.reason = why
                    return
                try:
                    raw = self._ask(prompt, room, cancel, out, result)
                except ProviderError as refused:
                    if refused.kind != "context_length" or not self.window.learn(refused.window):
                        raise
                    prompt, key, room = self.fit(unit, rule_findings, result, released)  # the window it named
                    out.prompt = prompt
                    if room is None:
                        raise ProviderError(self._too_long(prompt.system + prompt.user), "context_length") from None
                    raw = self._ask(prompt, room, cancel, out, result)
            except Stopped as stop:
                self._stop(result, stop, out)
                return
            except ProviderError as exc:
                if exc.kind == "cancelled":
                    out.status, out.reason = "cancelled", "cancelled"
                    return
                out.status, out.reason = "failed", str(exc)
                out.said = f"postil: LLM review of {rel}:{unit.start} failed: {exc}"
                self._say(result, out.said)
                return
            if raw is None:
                out.status, out.reason = "failed", "the model's answer could not be read (after one retry)"
                out.said = f"postil: the model's answer for {rel}:{unit.start} was not valid JSON (after one retry)"
                self._say(result, out.said)
                return
            self.cache.put(key, {"findings": [r.to_dict() for r in raw], "model": self.settings.model})
            self.stats.cache_miss()
            out.status = "reviewed"
        elif cached is None:
            out.status = "would-send"
            out.request = self._request(prompt, room)
            return
        else:
            self.stats.cache_hit()
            out.status = "cached"
            if dry_run:  # nothing is sent: the dry run shows the request the cached answer is for
                out.request = self._request(prompt, room)
            raw = [r for r in (coerce_finding(item) for item in cached.get("findings", [])) if r is not None]
        if cancel is not None and cancel.cancelled:
            out.status, out.reason = "cancelled", "cancelled"
            return
        self._place(unit, raw, rule_findings, out)

    def _stop(self, result: ReviewResult, stop: Stopped, out: UnitResult) -> None:
        """The unit is not reviewed because the review stopped; the first reason is said once."""
        if result.stopped(stop):
            self._say(result, result.stop_message)
        out.status, out.reason = "stopped", result.stop.reason

    def _place(self, unit: ReviewUnit, raw: list[RawFinding], rule_findings: list[Finding], out: UnitResult,
               threshold: float | None = None, extra_focus: tuple[frozenset[int], ...] = (), judged: bool = True,
               asked: str | None = None) -> None:
        index = LineIndex(unit.text)
        lo = index.offset(unit.start - 1, 0)
        hi = index.line_end(min(unit.end - 1, index.line_count - 1))
        focus = tuple(lines for lines in (unit.changed, *extra_focus) if lines is not None)
        try:
            masked = self.release(unit).masked
        except Refused:
            masked = None
        report = anchoring.anchor(raw, unit.text, masked=masked, path=unit.display or str(unit.path),
                                  fingerprint_path=self.relative(unit.path), language=language_of(unit.path),
                                  reviewed=(lo, hi), rule_findings=rule_findings,
                                  threshold=self.config.confidence_threshold if threshold is None else threshold,
                                  index=index, focus=focus, max_fix_lines=self.config.max_fix_lines,
                                  asked=asked, new_calls=self.config.fixes_may_add_calls,
                                  metadata={"model": self.settings.model, "prompt": prompt_identity()})
        kept = []
        for finding in report.findings:
            if unit.members and not any(m.holds(finding.span.start_line) and m.holds(finding.span.end_line)
                                        for m in unit.members):
                report.drop(OUTSIDE_BATCH)
                continue
            if self.feedback.is_dismissed(finding.fingerprint) or self.baselines(self.root).hides(finding):
                report.drop(DISMISSED)
                continue
            if unit.changed is not None and not unit.changed.intersection(
                    range(finding.span.start_line, finding.span.end_line + 1)):
                off_the_change(finding)
            kept.append(finding)
        if judged and kept:
            judged_findings = self._judged(unit, kept)
            for _ in range(len(kept) - len(judged_findings)):
                report.drop(CONFIG_SAYS_NO)
            kept = judged_findings
        for f in kept:
            self.shown.record(f, self.relative(unit.path), unit.text)
        for f in rule_findings:  # where a learned rule now finds what the model found, it no longer has to
            if f.span.start_line + 1 in range(unit.start, unit.end + 1):
                replaced = self.shown.at(self.relative(unit.path), f.span.start_line + 1)
                if replaced is not None and replaced.rule.startswith("llm/"):
                    self.feedback.found_by_learned_rule(f, replaced.fingerprint)
        out.findings = kept
        out.dropped = report.dropped
        self.stats.findings(len(kept), sum(v for k, v in report.dropped.items() if not k.startswith("fix withheld")))

    def _judged(self, unit: ReviewUnit, findings: list[Finding]) -> list[Finding]:
        """The findings the unit's config lets through (select/ignore, severity overrides,
        per-file-ignores, suppression comments), re-graded as it says."""
        try:
            return self.rules.judge(unit.path, unit.text, findings)
        except Exception:  # noqa: BLE001 - a broken config is reported by the rules' own run (RulesStopped too)
            return findings

    def review(self, units: list[ReviewUnit], *, rule_findings: dict[Path, list[Finding]] | None = None,
               cancel: CancelToken | None = None, dry_run: bool = False,
               on_progress: Callable[[int, int, ReviewUnit], None] | None = None) -> ReviewResult:
        """Review units (concurrently, bounded by ``llm.concurrency``)."""
        result = ReviewResult()
        self._stop_reason = None
        if not units:
            return result
        if self.settings.provider == "none" and not dry_run:
            self._say(result, "postil: no LLM provider configured; set [tool.postil.llm] provider or POSTIL_LLM_PROVIDER")
            return result
        findings_for = rule_findings if rule_findings is not None else self.check_with_rules(units)
        done = 0
        lock = threading.Lock()

        def one(unit: ReviewUnit) -> list[UnitResult]:
            nonlocal done
            r = self.review_unit(unit, findings_for.get(unit.path, []), result=result, cancel=cancel, dry_run=dry_run)
            results = self._split(unit, r) if unit.members else [r]
            with lock:
                for member in unit.members or (unit,):
                    done += 1
                    if on_progress:
                        on_progress(done, len(units), member)
            return results

        work = self._plan(list(units))
        if self.config.concurrency == 1 or len(work) == 1:
            done_work = [one(w) for w in work]
        else:
            with ThreadPoolExecutor(max_workers=self.config.concurrency, thread_name_prefix="postil-review") as pool:
                done_work = list(pool.map(one, work))
        by_unit = {id(r.unit): r for results in done_work for r in results}
        result.units = [by_unit[id(u)] for u in units]
        self.vet_together(result.units)
        return result

    def vet_together(self, unit_results: list[UnitResult]) -> None:
        """The vetting gate's file check: each file's model fixes applied together must leave
        it parsing, with no new rule or secret finding and none lost outside the edits;
        fixes that fail are withheld (the findings stay)."""
        from postil.analyzers.rules.fixes import select_non_overlapping

        by_path: dict[Path, tuple[str, list[Finding]]] = {}
        for u in unit_results:
            fixed = [f for f in u.findings if f.fix is not None]
            if fixed:
                by_path.setdefault(u.unit.path, (u.unit.text, []))[1].extend(fixed)
        for path, (text, findings) in by_path.items():
            chosen = {id(fix) for fix in select_non_overlapping(findings)}
            ordered = [f for f in sorted(findings, key=lambda f: f.sort_key) if id(f.fix) in chosen]
            for f in findings:
                if id(f.fix) not in chosen:
                    self._withhold(f, "it overlaps another fix")
            try:
                verdicts = self.rules.vet(path, text, [f.fix.edits[0] for f in ordered])
            except RulesStopped as stopped:  # no rules to check against: no fix is offered
                verdicts = [f"the rules could not vet it: {stopped.why}"] * len(ordered)
            except Exception:  # noqa: BLE001
                verdicts = ["the rules could not run on this file"] * len(ordered)
            for finding, why in zip(ordered, verdicts):
                if why is not None:
                    self._withhold(finding, why)

    @staticmethod
    def _withhold(finding: Finding, why: str) -> None:
        finding.fix = None
        finding.metadata["fix_withheld"] = why

    def check_with_rules(self, units: list[ReviewUnit]) -> dict[Path, list[Finding]]:
        """Each unit's rule findings, with those the team's baseline hides (the model is told all are
        known); none when the rules could not check its file (a check stopped is said)."""
        out: dict[Path, list[Finding]] = {}
        for unit in units:
            if unit.path not in out:
                try:
                    out[unit.path] = self.rules.findings(unit.path, unit.text)
                except RulesStopped as stopped:
                    self._say(None, f"postil: {stopped.why}; the model was asked without the rules' findings")
                    out[unit.path] = []
                except Exception:  # noqa: BLE001 - a broken config is reported by the rules' own run
                    out[unit.path] = []
        return out

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
        self.cache.close()
        self.shown.close()
        self.state.close()
