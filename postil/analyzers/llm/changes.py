"""The LLM reviewer behind ``postil review``: implements ``postil.change_review.UnitReviewer``.

A changed file (``postil.change_review.ChangedFile``) becomes units of LLM review: the
definitions enclosing its hunks (or every definition, for whole files); what was
reviewed and what was skipped is reported per hunk range, never silently cut.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from postil.analyzers import baseline
from postil.analyzers.findings import Finding
from postil.analyzers.llm.review_result import ReviewResult
from postil.analyzers.llm.reviewer import Reviewer
from postil.analyzers.llm.units import ReviewUnit as LLMUnit
from postil.analyzers.llm.units import set_previous, units_for_file, units_for_ranges
from postil.config.environment import LLMSettings
from postil.core.terminal import terminal


@dataclass
class LlmReview:
    """What an LLM reviewer returns for a batch of units."""

    findings: list[Finding] = field(default_factory=list)
    reviewed: list[tuple[object, list]] = field(default_factory=list)  # (postil.change_review.ChangedFile, its git.Hunks)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (display path or "path @@...@@", reason)
    notes: list[str] = field(default_factory=list)
    stop: tuple[str, str] | None = None  # (reason, message) when it stopped sending early
    not_reviewed: list[str] = field(default_factory=list)  # "path:start-end" the stop left out
    not_answered: list[tuple[str, str]] = field(default_factory=list)  # ("path:start-end", why): asked, no answer


class LLMUnitReviewer:
    """``review(units, rule_findings) -> LlmReview``."""

    def __init__(self, root: Path, settings: LLMSettings, reviewer: Reviewer | None = None) -> None:
        self.root = Path(root)
        self.settings = settings
        self.reviewer = reviewer or Reviewer(self.root, settings)
        self.name = f"{settings.provider}: {settings.model} at {settings.endpoint}"

    def limit(self, *, seconds: float | None, started: float, max_calls: int | None) -> None:
        """Bound this command's LLM review in time and provider requests (``Reviewer.limit``)."""
        self.reviewer.limit(seconds=seconds, started=started, max_calls=max_calls)

    def read_from(self, snapshot, intent: str = "") -> None:
        """Review a staged change or a commit range: code and context come only from
        ``snapshot`` (``postil.git.Snapshot``), never from unstaged or untracked files;
        ``intent`` (``postil.git.change_intent``) goes with every request."""
        self.reviewer.snapshot = snapshot
        self.reviewer.intent = intent
        if snapshot.rev is None:  # the staged change: the staged baseline hides what is committed
            self.reviewer.baselines = baseline.StagedBaselines()

    def llm_units(self, units: Sequence) -> list[tuple[object, LLMUnit]]:
        out = []
        for unit in units:
            if unit.text is None:
                continue
            if unit.whole_file:
                pieces = units_for_file(unit.abspath, unit.text)
            else:
                ranges = [(h.new_start, h.new_start + h.new_count - 1) for h in unit.hunks if h.new_count]
                pieces = units_for_ranges(unit.abspath, unit.text, ranges)
                if unit.old_text is not None:  # the model sees old and new; comment-only changes are not sent
                    set_previous(pieces, unit.old_text)
            changed = None if unit.whole_file else frozenset(unit.changed_lines())
            for piece in pieces:
                piece.display = unit.display
                piece.changed = changed
                out.append((unit, piece))
        return out

    def _rule_findings(self, pairs, rule_findings) -> dict[Path, list]:
        by_display: dict[str, list] = {}
        for f in rule_findings:
            by_display.setdefault(f.path, []).append(f)
        return {piece.path: by_display.get(unit.display, []) for unit, piece in pairs}

    def run(self, units: Sequence, rule_findings: Sequence = (), *, dry_run: bool = False) -> tuple[list, ReviewResult]:
        pairs = self.llm_units(units)
        result = self.reviewer.review([p for _u, p in pairs], rule_findings=self._rule_findings(pairs, rule_findings),
                                      dry_run=dry_run)
        return pairs, result

    def review(self, units: Sequence, rule_findings: Sequence):
        pairs, result = self.run(units, rule_findings)
        said = {result.stop_message, *(u.said for u in result.units)}  # the coverage says these
        outcome = LlmReview(findings=result.findings,
                            notes=[*(m for m in result.messages if m not in said), result.coverage()])
        if result.stop is not None:
            outcome.stop = (result.stop.reason, str(result.stop))
        reviewed: dict[int, tuple[object, list]] = {}
        for (unit, piece), unit_result in zip(pairs, result.units):
            if unit_result.status in ("reviewed", "cached"):
                hunks = [h for h in unit.hunks if piece.start <= h.new_start <= piece.end] if not unit.whole_file else []
                entry = reviewed.setdefault(id(unit), (unit, []))
                entry[1].extend(h for h in hunks if h not in entry[1])
            elif unit_result.status == "stopped":  # one reason for all of them, said once
                outcome.not_reviewed.append(f"{unit.display}:{piece.start}-{piece.end}")
            elif unit_result.status in ("failed", "cancelled"):
                outcome.not_answered.append((f"{unit.display}:{piece.start}-{piece.end}",
                                             unit_result.reason or unit_result.status))
            else:
                outcome.skipped.append((f"{unit.display}:{piece.start}-{piece.end}", unit_result.reason or unit_result.status))
        outcome.reviewed = list(reviewed.values())
        return outcome

    def describe_requests(self, units: Sequence, rule_findings: Sequence = ()) -> str:
        """Exactly what a review of ``units`` would send, for ``--dry-run`` (``rule_findings``:
        those the rules report, as a review passes them)."""
        _pairs, result = self.run(units, rule_findings, dry_run=True)
        lines = []
        for unit_result in result.units:
            u = unit_result.batch or unit_result.unit
            where = f"{terminal(str(u.display or u.path))}:{u.start}-{u.end}"  # the request below is exact
            if unit_result.batch is not None and unit_result.unit is not u.members[0]:
                continue  # shown with the batch's first member
            if u.members:
                where += f" ({len(u.members)} small definitions: lines " + \
                    ", ".join(f"{m.start}-{m.end}" for m in u.members) + ")"
            if unit_result.request is None:
                lines.append(f"=== {where}: nothing sent ({unit_result.reason or unit_result.status}) ===")
                continue
            p = unit_result.prompt
            url, body = self.reviewer.provider.body(unit_result.request)
            what = ("answered from the cache, nothing sent; the request it answers:" if unit_result.status == "cached"
                    else f"POST {url}")
            lines.append(f"=== {where}: {what} "
                         f"(~{p.tokens} tokens, {p.context_tokens} of them context; {p.masked} value(s) masked) ===")
            lines.append(json.dumps(body, indent=2, ensure_ascii=False))
        sent, cap = result.count("would-send"), self.settings.config.max_calls
        lines.append(f"{sent} request{'s' if sent != 1 else ''} would be sent ({result.count('cached')} answered "
                     f"from the cache); a review command sends at most {cap} (llm.max-calls)"
                     + (f": this one would stop there, {sent - cap} not sent" if sent > cap else ""))
        lines.extend(result.messages)
        return "\n\n".join(lines)


def resolve_reviewer(root: Path, loaded, env=None, refresh_index=None) -> LLMUnitReviewer | None:
    """The reviewer for the config ``loaded`` (a ``postil.config.LoadedConfig``) plus the
    environment, or None when no provider is set or ``llm.review`` is off.
    ``refresh_index(index, paths, vectors)`` brings the index (or just ``paths``) up to date before
    retrieval (default: quietly)."""
    from postil.config.environment import resolve

    settings = resolve(loaded.settings.llm, env, loaded.sources)
    if not settings.enabled:
        return None
    return LLMUnitReviewer(root, settings, Reviewer(Path(root), settings, refresh_index=refresh_index))
