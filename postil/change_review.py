"""Review a change: the staged content (or a commit range) as review units.

The flow, shared by ``postil review`` and (later) the LLM reviewer::

    changes = git.staged_changes(root)            # or git.range_changes(root, base)
    units = collect_units(changes, cache)         # one ChangedFile per changed path
    result = review_units(units, cache, all_lines=False, llm=None)
    result.findings, result.coverage               # what to show, what was (not) reviewed

A :class:`ChangedFile` carries the path, the *new* content (the staged blob, or
the blob at HEAD for a range) and the changed line ranges (``hunks``) of that
content. Rules run on the whole new content, so context-dependent rules and
suppression comments work as in ``postil check``; only findings whose span
touches a changed line are reported unless ``all_lines`` is set.

Every changed path ends up in the :class:`Coverage`: reviewed (with its hunk
count) or skipped with a reason (deleted, binary, submodule, symlink, too
large, excluded, unmerged, no added lines) — never a silent cut.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from postil import git
from postil.analyzers.findings import Finding, Span
from postil.analyzers.languages import language_of
from postil.analyzers.parse_limits import unchecked
from postil.analyzers.rules.rule_failures import RULE_FAILED
from postil.change_bulk import reports_in_bulk
from postil.core.deadline import TimeLimitExceeded
from postil.core.decoding import decode_source
from postil.core.walk import gitignore_spec
from postil.git import ChangeSet, FileChange, Hunk

if TYPE_CHECKING:
    from postil.analyzers.llm.changes import LlmReview

TOO_LARGE = "larger than max-file-size"  # how the skip reason of a file too large to review starts
NOT_REVIEWED_SHOWN = 5  # units the text output names when the LLM review stopped early
STATUS_NAMES = {"A": "added", "M": "modified", "R": "renamed", "C": "copied", "D": "deleted",
                "T": "type changed", "U": "unmerged", "F": "file"}


@dataclass
class ChangedFile:
    """One changed file as the next commit (or HEAD, for a range) has it.

    ``path`` is repository-relative (POSIX); ``display`` is how findings name it
    (relative to the current directory). ``text`` is the full new content
    (None when the unit is skipped). ``hunks`` are git's zero-context hunks
    against the old content; :meth:`changed_lines` gives their new-side lines as
    0-based line numbers, the numbering every :class:`Finding` span uses."""

    path: str
    abspath: Path
    display: str
    status: str  # a key of STATUS_NAMES
    old_path: str | None = None
    text: str | None = None
    blob: bytes | None = None  # the new content's bytes, exactly as stored
    old_text: str | None = None  # the content before the change (None: added, or not readable as text)
    hunks: list[Hunk] = field(default_factory=list)
    skipped: str | None = None
    fixable_text: bool = True
    whole_file: bool = False  # `postil review PATHS`: every line counts as changed
    old_mode: str = ""
    new_mode: str = ""

    @property
    def status_name(self) -> str:
        return STATUS_NAMES.get(self.status, self.status)

    def changed_lines(self) -> set[int]:
        """0-based line numbers of the new text that the change added or modified."""
        if self.whole_file and self.text is not None:
            return set(range(self.text.count("\n") + 1))
        return {line for hunk in self.hunks for line in hunk.new_lines}

    def touches(self, span: Span, changed: set[int] | None = None) -> bool:
        """Whether a finding's span overlaps an added or modified line."""
        changed = self.changed_lines() if changed is None else changed
        return any(line in changed for line in range(span.start_line, span.end_line + 1))

    def hunk_text(self, hunk: Hunk, context: int = 0) -> str:
        """The new text of one hunk, with ``context`` lines either side."""
        if self.text is None:
            return ""
        lines = self.text.splitlines(keepends=True)
        start = max(hunk.new_start - 1 - context, 0)
        end = min(hunk.new_start - 1 + hunk.new_count + context, len(lines))
        return "".join(lines[start:end])


@dataclass
class Coverage:
    """What a review looked at and what it did not, with reasons."""

    label: str = ""
    reviewed: list[tuple[str, int]] = field(default_factory=list)  # (display path, hunks)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (display path, reason)
    llm_reviewed: list[tuple[str, int]] = field(default_factory=list)
    llm_skipped: list[tuple[str, str]] = field(default_factory=list)
    llm_stop: tuple[str, str] | None = None  # (reason, message): why the LLM review stopped sending
    llm_not_reviewed: list[str] = field(default_factory=list)  # "path:start-end" left unreviewed by the stop
    llm_not_answered: list[tuple[str, str]] = field(default_factory=list)  # ("path:start-end", why): asked, no answer
    notes: list[str] = field(default_factory=list)

    @property
    def files_reviewed(self) -> int:
        return len(self.reviewed)

    @property
    def incomplete(self) -> str | None:
        """Why the LLM review did not cover what it should have (None: it did): it stopped early,
        or the model was asked about a unit and gave no usable answer."""
        failed = len(self.llm_not_answered)
        unanswered = f"the model did not answer for {failed} unit{'s' if failed != 1 else ''}" if failed else ""
        if self.llm_stop is None:
            return unanswered or None
        count = len(self.llm_not_reviewed)
        return (f"the LLM review stopped ({self.llm_stop[0]}): {count} unit{'s' if count != 1 else ''} not reviewed"
                + (f", and {unanswered}" if unanswered else ""))

    @property
    def hunks_reviewed(self) -> int:
        return sum(h for _, h in self.reviewed)

    def to_json(self) -> dict:
        return {
            "label": self.label,
            "files_reviewed": self.files_reviewed,
            "hunks_reviewed": self.hunks_reviewed,
            "reviewed": [{"path": p, "hunks": h} for p, h in self.reviewed],
            "skipped": [{"path": p, "reason": r} for p, r in self.skipped],
            "llm": {"reviewed": [{"path": p, "hunks": h} for p, h in self.llm_reviewed],
                    "skipped": [{"path": p, "reason": r} for p, r in self.llm_skipped],
                    "complete": self.incomplete is None,
                    "not_answered": [{"unit": u, "reason": r} for u, r in self.llm_not_answered],
                    **({"stopped": {"reason": self.llm_stop[0], "message": self.llm_stop[1],
                                    "not_reviewed": self.llm_not_reviewed}} if self.llm_stop else {})},
            "notes": self.notes,
        }

    def render_text(self) -> list[str]:
        hunks = self.hunks_reviewed
        head = (f"Coverage ({self.label}): {self.files_reviewed} file{'s' if self.files_reviewed != 1 else ''}, "
                f"{hunks} hunk{'s' if hunks != 1 else ''} reviewed by the rules"
                if self.label else
                f"Coverage: {self.files_reviewed} file(s), {hunks} hunk(s) reviewed by the rules")
        lines = [head + (f"; {len(self.skipped)} skipped:" if self.skipped else ".")]
        lines.extend(f"  skipped {path}: {reason}" for path, reason in self.skipped)
        if self.llm_reviewed or self.llm_skipped or self.llm_not_answered:
            hunks = sum(h for _, h in self.llm_reviewed)  # none for whole files: the units are counted below
            lines.append(f"LLM review: {len(self.llm_reviewed)} file(s)" + (f", {hunks} hunk(s)" if hunks else "")
                         + " reviewed" + (f"; {len(self.llm_skipped)} skipped:" if self.llm_skipped else "."))
            lines.extend(f"  skipped {path}: {reason}" for path, reason in self.llm_skipped)
            lines.extend(f"  not answered {unit}: {reason}" for unit, reason in self.llm_not_answered)
        if self.llm_stop is not None:
            shown = self.llm_not_reviewed[:NOT_REVIEWED_SHOWN]
            more = len(self.llm_not_reviewed) - len(shown)
            lines.append(f"LLM review stopped: {self.llm_stop[1]}")
            lines.append(f"  not reviewed ({len(self.llm_not_reviewed)}): {', '.join(shown)}"
                         + (f" and {more} more" if more else ""))
        lines.extend(self.notes)
        return lines


class UnitReviewer(Protocol):
    """The seam for the LLM reviewer (issue 5).

    ``review(units, rule_findings)`` receives the units that have changed lines
    (``unit.text`` set, ``unit.hunks`` non-empty unless ``unit.whole_file``) and
    the rule findings already reported (so it can avoid repeating them). It must
    review only ``unit.hunks`` (plus whatever context it fetches itself, e.g.
    the enclosing function or the workspace index), stay within its own budget,
    and say in :class:`LlmReview` which hunks it reviewed, which it skipped
    (``"budget"``, ``"too large"`` …) and which the model was asked about but did not
    answer (``not_answered``: the review is then incomplete). Findings use ``unit.display`` as path and
    0-based spans of ``unit.text``; findings off the changed lines are dropped by
    :func:`review_units` unless ``all_lines`` or marked ``metadata["unchanged_line"]``
    (kept by the reviewer at a lower severity)."""

    name: str

    def review(self, units: Sequence[ChangedFile], rule_findings: Sequence[Finding]) -> LlmReview: ...


@dataclass
class ChangeReview:
    findings: list[Finding]
    coverage: Coverage
    units: list[ChangedFile]
    rule_findings_by_unit: dict[str, list[Finding]] = field(default_factory=dict)  # all lines, by unit path


# --- building units ---------------------------------------------------------

def _display(abspath: Path, cwd: Path) -> str:
    try:
        return os.path.relpath(abspath, cwd)
    except ValueError:  # different drive on Windows
        return str(abspath)


@lru_cache(maxsize=64)
def _spec(patterns: tuple[str, ...]):
    """Compiled gitignore-style patterns, the same flavour the workspace walker uses."""
    return gitignore_spec(patterns)


def _excluded(checker, abspath: Path) -> str | None:
    from postil.core.walk import excluded_by_default

    settings = checker.loaded.settings
    try:
        rel = abspath.resolve().relative_to(checker.loaded.root).as_posix()
    except ValueError:
        rel = abspath.as_posix()
    if settings.exclude and _spec(tuple(settings.exclude)).match_file(rel):
        return "excluded by the config's exclude"
    if excluded_by_default(rel):
        return "excluded (vendored or generated directory, see postil's default excludes)"
    return None


def _skip_reason(change: FileChange) -> str | None:
    if change.status == "U":
        return "unmerged: resolve the conflict and stage the file"
    if change.status == "D":
        return "deleted"
    if change.is_submodule:
        return "submodule (gitlink): its content lives in another repository and is not reviewed"
    if change.is_symlink:
        return "symlink"
    if change.binary:
        return "binary"
    return None


def collect_units(changes: ChangeSet, cache, cwd: Path | None = None) -> list[ChangedFile]:
    """One :class:`ChangedFile` per changed path of ``changes``, content read from git.

    ``cache`` is a :class:`postil.scan.CheckerCache`: each file's config decides
    exclusion and the size limit. Reads every needed blob with one
    ``git cat-file --batch``; never touches the work tree or the index."""
    cwd = (cwd or Path.cwd()).resolve()
    root = changes.root
    units: list[ChangedFile] = []
    wanted: list[tuple[ChangedFile, str, int]] = []
    old_oids: dict[int, str] = {}  # id(unit) -> the old blob, read with the new ones for the diff shown to a model
    for change in changes.changes:
        abspath = root / change.path
        unit = ChangedFile(path=change.path, abspath=abspath, display=_display(abspath, cwd), status=change.status,
                          old_path=change.old_path, hunks=list(change.hunks),
                          old_mode=change.old_mode, new_mode=change.new_mode)
        units.append(unit)
        unit.skipped = _skip_reason(change)
        if unit.skipped is None:
            checker = cache.for_path(abspath)
            unit.skipped = _excluded(checker, abspath)
            if unit.skipped is None:
                wanted.append((unit, change.new_oid, checker.loaded.settings.max_file_size))
                if change.status in ("M", "R", "C", "T") and change.old_oid.strip("0"):
                    old_oids[id(unit)] = change.old_oid
    sizes = git.blob_sizes(root, [oid for _, oid, _ in wanted] + list(old_oids.values()))
    to_read = []
    for unit, oid, limit in wanted:
        size = sizes.get(oid)
        if size is None:
            unit.skipped = "content not found in the repository"
        elif size > limit:
            unit.skipped = f"{TOO_LARGE} ({size} > {limit} bytes)"
        else:
            to_read.append((unit, oid))
            if sizes.get(old_oids.get(id(unit), ""), 0) > limit:
                del old_oids[id(unit)]
    blobs = git.read_blobs(root, [oid for _, oid in to_read] + [old_oids[id(u)] for u, _ in to_read if id(u) in old_oids])
    for unit, oid in to_read:
        data = blobs.get(oid)
        if data is None:
            unit.skipped = "content not found in the repository"
            continue
        text, unit.fixable_text = decode_source(data)
        if text is None:
            unit.skipped = "binary"
            continue
        unit.skipped = unchecked(text, language_of(unit.path))
        if unit.skipped is not None:  # (as `postil check` skips the file: parse_limits)
            continue
        unit.blob = data
        unit.text = text
        old = blobs.get(old_oids.get(id(unit), ""))
        if old is not None:
            unit.old_text = decode_source(old)[0]
    return units


# what a file too large to review may be written in and still pass: data and lockfiles (package-lock.json,
# pnpm-lock.yaml, yarn.lock, generated fixtures), not code
_DATA = frozenset({None, "json", "yaml"})


def unreviewed_for_size(skipped: list[tuple[str, str]]) -> list[str]:
    """Why a change review cannot pass for the changed files (``skipped``: path and reason) it
    left out for their size: code no rule judged, where a change could pad a source file past the
    limit to pass unread. Other text (a 2 MB package-lock.json, a data file) is only listed as
    skipped, as `check` lists it: failing every commit that updates a lockfile would switch the
    hook off. The user lets such a file pass by excluding it in their config."""
    count = sum(why.startswith(TOO_LARGE) and language_of(Path(path)) not in _DATA for path, why in skipped)
    return [f"{count} changed source file(s) are larger than max-file-size and were not reviewed (raise "
            "max-file-size, or add them to exclude, in your config to let them pass)"] if count else []


def units_from_files(paths: Sequence[Path], cache, cwd: Path | None = None) -> list[ChangedFile]:
    """Whole-file units for ``postil review PATHS`` (every line counts as changed)."""
    from postil.scan import collect_files

    cwd = (cwd or Path.cwd()).resolve()
    walked = collect_files(list(paths), cache)
    units = [ChangedFile(path=path.as_posix(), abspath=Path(os.path.abspath(path)), display=str(path), status="F",
                        skipped=why, whole_file=True) for path, why in walked.skipped + walked.refused]
    for path in walked.files:
        report, text = cache.for_path(path).read(path)
        unit = ChangedFile(path=path.as_posix(), abspath=path.resolve(), display=str(path), status="F",
                          text=text, skipped=report.skipped, fixable_text=report.fixable_text, whole_file=True)
        units.append(unit)
    return units


def _no_change_reason(unit: ChangedFile) -> str:
    if unit.old_mode and unit.new_mode and unit.old_mode != unit.new_mode and unit.status in ("M", "T"):
        return f"mode change only ({unit.old_mode} -> {unit.new_mode}): no changed lines"
    if unit.status == "R":
        return f"renamed from {unit.old_path} without changes"
    if unit.status == "C":
        return f"copied from {unit.old_path} without changes"
    return "no added or changed lines (only deletions)"


# --- running the review -------------------------------------------------------

def review_units(units: Sequence[ChangedFile], cache, *, all_lines: bool = False,
                 llm: UnitReviewer | None = None, label: str = "") -> ChangeReview:
    """Run the rules (and ``llm``, when given) over ``units``.

    This is the function the LLM reviewer plugs into: pass an object
    implementing :class:`UnitReviewer` as ``llm`` and it is called once with
    every unit that has changed lines, after the rules, with the rule findings (those the
    team's baseline hides too: the model need not find them again).
    Findings off the changed lines are dropped unless ``all_lines``; the
    coverage lists every unit as reviewed or skipped, for the rules and the LLM."""
    coverage = Coverage(label=label)
    findings: list[Finding] = []
    by_unit: dict[str, list[Finding]] = {}
    reviewable: list[ChangedFile] = []
    known: list[Finding] = []  # what the team's baseline hides: the model is told it is known
    checked = reports_in_bulk([u for u in units if u.skipped is None and u.text is not None
                               and (all_lines or u.whole_file or u.changed_lines())], cache)
    for unit in units:
        if unit.skipped is not None or unit.text is None:
            coverage.skipped.append((unit.display, unit.skipped or "not readable"))
            continue
        has_changes = unit.whole_file or bool(unit.changed_lines())
        if not has_changes and not all_lines:
            coverage.skipped.append((unit.display, _no_change_reason(unit)))
            continue
        checker = cache.for_path(unit.abspath)
        report = checked.get(id(unit))
        try:
            if report is None:
                found = checker.check_text(Path(unit.display), unit.text, allow_fixes=unit.fixable_text, hidden=known)
            elif report.skipped is None:
                found = report.findings
                known.extend(report.hidden)
            else:  # (check's limits: its time limit, a text nested too deep)
                raise TimeLimitExceeded(report.skipped)
        except TimeLimitExceeded as exc:
            coverage.skipped.append((unit.display, str(exc)))
            continue
        by_unit[unit.path] = found
        if all_lines or unit.whole_file:
            findings.extend(found)
        else:
            changed = unit.changed_lines()
            findings.extend(f for f in found if f.rule == RULE_FAILED or unit.touches(f.span, changed))
        coverage.reviewed.append((unit.display, 1 if unit.whole_file else len(unit.hunks)))
        if has_changes:
            reviewable.append(unit)
    if llm is not None and reviewable:
        outcome = llm.review(reviewable, [*findings, *known])
        # The reviewer keeps its findings on unchanged lines of the code a change touched
        # one level lower (``unchanged_line``); others off the changed lines are dropped.
        # The config (and the command line's --select/--ignore) judge them as rule findings.
        for unit in reviewable:
            mine = [f for f in outcome.findings if f.path == unit.display]
            if mine:
                judged = cache.for_path(unit.abspath).judge(Path(unit.display), unit.text, mine)
                findings.extend(f for f in judged
                                if all_lines or f.metadata.get("unchanged_line") or unit.touches(f.span))
        coverage.llm_reviewed.extend((u.display, len(h)) for u, h in outcome.reviewed)
        coverage.llm_skipped.extend(outcome.skipped)
        coverage.llm_stop = coverage.llm_stop or outcome.stop
        coverage.llm_not_reviewed.extend(outcome.not_reviewed)
        coverage.llm_not_answered.extend(outcome.not_answered)
        coverage.notes.extend(outcome.notes)
    findings.sort(key=lambda f: f.sort_key)
    return ChangeReview(findings, coverage, list(units), by_unit)


# --- --fix on staged content ------------------------------------------------------

@dataclass
class FixOutcome:
    applied: dict[str, int] = field(default_factory=dict)  # display path -> fixes applied
    refused: list[tuple[str, str]] = field(default_factory=list)  # (display path, why not)


def fix_staged(result: ChangeReview, root: Path) -> FixOutcome:
    """Apply the safe fixes of the reported *rule* findings to staged files, then re-stage
    them (a model's fixes never: see :func:`apply_model_fixes`).

    A file is only touched when its work-tree copy is byte-identical to the
    staged blob (no unstaged edits, no filter in between); otherwise the
    reason is returned and nothing is written."""
    from postil.analyzers.rules.fixes import apply_edits, select_non_overlapping
    from postil.core.atomic import write_atomic

    outcome = FixOutcome()
    by_display: dict[str, list[Finding]] = {}
    for f in result.findings:
        if f.fix is not None and f.source != "llm":
            by_display.setdefault(f.path, []).append(f)
    candidates = [u for u in result.units if u.display in by_display and u.text is not None]
    if not candidates:
        return outcome
    unstaged = git.unstaged_paths(root, [u.path for u in candidates])
    to_stage: list[str] = []
    for unit in candidates:
        if not unit.fixable_text:
            outcome.refused.append((unit.display, "not valid UTF-8 (or has a BOM): fixes are not applied"))
            continue
        reason = _worktree_mismatch(unit, unstaged)
        if reason is not None:
            outcome.refused.append((unit.display, reason))
            continue
        fixes = select_non_overlapping(by_display[unit.display])
        new_text = apply_edits(unit.text, [edit for fix in fixes for edit in fix.edits])
        if new_text == unit.text:
            continue
        try:
            write_atomic(unit.abspath, new_text, root=root)
        except OSError as exc:
            outcome.refused.append((unit.display, str(exc.strerror or exc)))
            continue
        to_stage.append(unit.path)
        outcome.applied[unit.display] = len(fixes)
    git.stage(root, to_stage)
    return outcome


def apply_model_fixes(result: ChangeReview, cache, root: Path | None = None) -> FixOutcome:
    """Write the reported model findings' fixes to the working tree, never to the index.

    Every file's fixes pass the vetting gate again, together (``postil.gate.vetting``), on
    the text that was reviewed; the file is written only when its working-tree copy is
    exactly that text (for a staged review: the staged blob, with no unstaged changes)."""
    from postil.analyzers.rules.fixes import apply_edits, select_non_overlapping
    from postil.core.atomic import write_atomic
    from postil.gate.vetting import vet_file

    outcome = FixOutcome()
    by_display: dict[str, list[Finding]] = {}
    for f in result.findings:
        if f.fix is not None and f.source == "llm":
            by_display.setdefault(f.path, []).append(f)
        elif f.source == "llm" and f.metadata.get("fix_withheld"):
            outcome.refused.append((f"{f.path}:{f.span.start_line + 1}",
                                    f"the model's fix was refused: {f.metadata['fix_withheld']}"))
    candidates = [u for u in result.units if u.display in by_display and u.text is not None]
    staged = [u for u in candidates if not u.whole_file]
    unstaged = git.unstaged_paths(root, [u.path for u in staged]) if staged and root is not None else set()
    for unit in candidates:
        if not unit.fixable_text:
            outcome.refused.append((unit.display, "not valid UTF-8 (or has a BOM): fixes are not applied"))
            continue
        reason = _worktree_mismatch(unit, unstaged) if not unit.whole_file else _file_mismatch(unit)
        if reason is not None:
            outcome.refused.append((unit.display, reason))
            continue
        fixes = select_non_overlapping(by_display[unit.display])
        edits = [edit for fix in fixes for edit in fix.edits]
        checker = cache.for_path(unit.abspath)
        verdicts = vet_file(unit.text, language_of(unit.abspath), edits,
                            lambda text, checker=checker, unit=unit: checker.check_text(Path(unit.display), text,
                                                                                        allow_fixes=False))
        for why in {why for why in verdicts if why is not None}:
            outcome.refused.append((unit.display, f"a model fix was withheld: {why}"))
        kept = [edit for edit, why in zip(edits, verdicts) if why is None]
        new_text = apply_edits(unit.text, kept)
        if new_text == unit.text:
            continue
        try:
            write_atomic(unit.abspath, new_text, root=root or checker.loaded.root)
        except OSError as exc:
            outcome.refused.append((unit.display, str(exc.strerror or exc)))
            continue
        outcome.applied[unit.display] = len(kept)
    return outcome


def _file_mismatch(unit: ChangedFile) -> str | None:
    return _differs(unit, unit.text.encode("utf-8"), "changed since it was reviewed; fixes are not applied")


def _worktree_mismatch(unit: ChangedFile, unstaged: set[str]) -> str | None:
    if unit.path in unstaged:
        return ("has unstaged changes in the working tree; fixes are applied only when the working-tree copy "
                "matches the staged content (stage or stash the other changes, or apply the fix by hand)")
    return _differs(unit, unit.blob, "the working-tree copy differs from the staged blob (line-ending conversion "
                                     "or a clean filter); fixes are not applied")


def _differs(unit: ChangedFile, expected: bytes | None, differs: str) -> str | None:
    """Why the unit's working-tree file may not be written (None: it is exactly ``expected``)."""
    if unit.abspath.is_symlink() or not unit.abspath.is_file():
        return "is not a regular file in the working tree"
    try:
        current = unit.abspath.read_bytes()
    except OSError as exc:
        return f"cannot read the working-tree copy: {exc.strerror or exc}"
    return differs if current != expected else None
