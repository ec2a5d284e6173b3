"""``postil review``: review a change (staged, or a commit range) or files.

``postil review --staged`` reviews exactly what the next commit would contain
(the index, not the working tree) and reports only findings on the lines the
change adds or modifies. ``--diff REV`` / ``--base BRANCH`` review HEAD's
committed content against a revision / the merge-base with a branch (for CI).
Without any of these, ``postil review PATHS`` checks whole files like
``postil check``. Output formats and exit codes are those of ``check``:
0 clean, 1 findings at or above ``--fail-on``, 2 usage/config/git error.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from postil.commands.check_command import FORMATS, SEVERITIES, add_rule_options
from postil.core.terminal import say

if TYPE_CHECKING:
    from postil.change_review import UnitReviewer

MAX_FIX_PASSES = 5
REVIEW_DEADLINE = 600.0  # seconds any other review command may spend on the model, unless the user sets more
STAGED_DEADLINE = 60.0  # seconds a --staged review (the pre-commit hook) may spend, unless llm.deadline-seconds
NO_PROVIDER = "postil: no LLM provider configured: running the rules only"


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "review", help="review staged changes, a branch, or files (rules, plus the LLM when configured)",
        description="Review what is about to be committed (--staged), a branch against its base (--diff/--base), "
                    "or files. Only findings on added or changed lines are reported unless --all-lines.")
    parser.add_argument("paths", nargs="*", type=Path,
                        help="files or directories; with --staged/--diff/--base, limit the review to these")
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--staged", action="store_true", help="review the staged content (the git index) against HEAD")
    source.add_argument("--diff", metavar="REV", help="review HEAD's committed content against REV")
    source.add_argument("--base", metavar="BRANCH", help="review HEAD against its merge-base with BRANCH")
    parser.add_argument("--all-lines", action="store_true", help="report findings on every line of the changed files")
    parser.add_argument("--no-llm", action="store_true", help="run the rules only, even when an LLM provider is configured")
    parser.add_argument("--dry-run", action="store_true",
                        help="show what would be reviewed and what would be sent to the LLM; run nothing")
    parser.add_argument("--fix", action="store_true",
                        help="apply safe rule fixes (never a model's) to staged files whose working-tree copy has no "
                             "other changes, and re-stage them")
    parser.add_argument("--fix-llm", action="store_true",
                        help="write the model's fixes that pass the vetting gate to the working tree, never to the "
                             "index: read the diff and stage what you keep")
    add_rule_options(parser)
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("--fail-on", choices=SEVERITIES,
                        help="lowest severity that makes the exit code 1 (default: config, else warning)")
    parser.add_argument("--config", type=Path, help="use this config file instead of discovering one")
    parser.set_defaults(handler=run)


class NoProvider(Exception):
    """What the user asked for needs an LLM provider and none is configured (exit 2)."""


def review_deadline(configured: float | None, staged: bool) -> float:
    """Seconds a review command may spend on the model: ``llm.deadline-seconds``, at most 60 for
    a staged review (the pre-commit hook) and 600 for others unless the user's own config
    allows more (a project cannot make anyone wait longer than its user agreed to)."""
    from postil.config import users_own

    allowed = users_own(("llm", "deadline_seconds")) or (STAGED_DEADLINE if staged else REVIEW_DEADLINE)
    return min(configured or allowed, allowed)


def resolve_llm_reviewer(cache, args: argparse.Namespace) -> UnitReviewer | None:
    """The configured LLM reviewer (a ``postil.change_review.UnitReviewer``), or None when no
    provider is set (user config, trusted project config, ``POSTIL_LLM_PROVIDER``) or
    ``llm.review`` is off. The reviewer imports the openai/anthropic SDKs only when it
    first calls the model. Says once on stderr when the project config's endpoints were ignored."""
    from postil.analyzers.llm.changes import resolve_reviewer
    from postil.commands.index_command import update_with_progress
    from postil.commands.trust_command import warn_untrusted
    from postil.rag.workspace_root import find_workspace_root

    root = find_workspace_root(Path.cwd())
    quiet = args.format != "text"
    checker = cache.for_path(root)
    loaded = checker.loaded
    warn_untrusted(loaded)
    reviewer = resolve_reviewer(root, loaded,  # settings that cannot be used: said by cli.main
                                refresh_index=lambda index, paths=None, vectors=True:
                                update_with_progress(index, quiet, paths, vectors))
    dropped = checker.model_findings_note(reviewer.settings.provider) if reviewer is not None else None
    if dropped is not None:
        say(f"postil: {dropped}", file=sys.stderr)
        return None
    if reviewer is None and not args.dry_run:
        off = loaded.settings.llm.review == "off"
        say(f"postil: llm.review is off (set in {loaded.sources['llm.review']}): running the rules only" if off
            else NO_PROVIDER, file=sys.stderr)
    return reviewer


def run(args: argparse.Namespace) -> int:
    from postil import git
    from postil.analyzers import baseline
    from postil.analyzers.checker import CheckerCache
    from postil.config import ConfigOverrides

    if args.config is not None and not args.config.is_file():
        say(f"postil: config file {args.config} does not exist", file=sys.stderr)
        return 2
    change_mode = args.staged or args.diff is not None or args.base is not None
    if (args.fix or args.fix_llm) and (args.diff is not None or args.base is not None):
        option = "--fix" if args.fix else "--fix-llm"
        print(f"postil: {option} works on staged changes (--staged) or files, not on a commit range", file=sys.stderr)
        return 2
    if args.fix_llm and args.no_llm:
        print("postil: --fix-llm applies the model's fixes; it cannot be used with --no-llm", file=sys.stderr)
        return 2
    started = time.perf_counter()
    clock_started = time.monotonic()
    # the hook honours the staged .postil-baseline: what is being committed
    cache = CheckerCache(ConfigOverrides(select=args.select, ignore=args.ignore, fail_on=args.fail_on), args.config,
                         baselines=baseline.StagedBaselines() if args.staged else baseline.load)

    def reviewer() -> UnitReviewer | None:
        llm = None if args.no_llm else resolve_llm_reviewer(cache, args)
        if llm is not None:
            config = llm.settings.config
            llm.limit(seconds=review_deadline(config.deadline_seconds, args.staged),
                      started=clock_started, max_calls=config.max_calls)
        if llm is None and args.fix_llm and not args.dry_run:
            raise NoProvider("postil: --fix-llm needs an LLM provider (user config, a trusted [tool.postil.llm], or "
                             "POSTIL_LLM_PROVIDER)")
        return llm

    try:
        if change_mode:
            return _review_changes(args, cache, reviewer, started)
        return _review_files(args, cache, reviewer(), started)
    except NoProvider as exc:
        print(exc, file=sys.stderr)
        return 2
    except git.GitError as exc:
        say(f"postil: {exc}", file=sys.stderr)
        return 2


def _change_set(args: argparse.Namespace, root: Path, cache):
    """The change to review; a file larger than its config's max-file-size is skipped for it,
    its diff never read."""
    from postil import git

    def size_limit(path: str) -> int:
        return cache.for_path(root / path).loaded.settings.max_file_size

    if args.staged:
        return git.staged_changes(root, size_limit)
    if args.diff is not None:
        return git.range_changes(root, args.diff, size_limit=size_limit)
    base = git.merge_base(root, args.base)
    return git.range_changes(root, base, label=f"changes since the merge-base with {args.base} ({base[:10]})",
                             size_limit=size_limit)


def _limit(units, paths: list[Path]):
    if not paths:
        return units
    roots = [p.resolve() for p in paths]
    return [u for u in units if any(u.abspath == r or r in u.abspath.parents for r in roots)]


def _review_changes(args: argparse.Namespace, cache, reviewer, started: float) -> int:
    """Review a change set; ``reviewer()`` gives the LLM reviewer, asked for only when the change
    holds something (a commit touching nothing pays for neither the model's stack nor its notices)."""
    from postil import git
    from postil.commands.check_command import say_baseline_problems
    from postil.commands.install_hook_command import update_unsafe_hook
    from postil.change_review import collect_units, fix_staged, review_units

    root = git.repo_root(Path.cwd())
    if (notice := update_unsafe_hook(root)) is not None:
        say(notice, file=sys.stderr)
    changes = _change_set(args, root, cache)
    say_baseline_problems([root], cache.baselines)
    llm = reviewer() if changes.changes or args.fix_llm or args.dry_run else None
    if llm is not None and hasattr(llm, "read_from"):  # the model sees only what is being committed
        llm.read_from(git.Snapshot(root, None if changes.staged else "HEAD"), git.change_intent(changes))
    units = _limit(collect_units(changes, cache), args.paths)
    if args.dry_run:
        return _dry_run(args, units, llm, changes.label, cache, all_lines=args.all_lines)
    result = review_units(units, cache, all_lines=args.all_lines, llm=llm, label=changes.label)
    fixed, refused = 0, []
    if args.fix:
        for _ in range(MAX_FIX_PASSES):
            outcome = fix_staged(result, root)
            refused = outcome.refused
            if not outcome.applied:
                break
            fixed += sum(outcome.applied.values())
            changes = _change_set(args, root, cache)
            units = _limit(collect_units(changes, cache), args.paths)
            result = review_units(units, cache, all_lines=args.all_lines, llm=llm, label=changes.label)
    result.coverage.notes[:0] = changes.notes
    notes = [f"not fixed {path}: {reason}" for path, reason in refused]
    findings = result.findings
    if args.fix_llm:
        findings = _apply_model_fixes(result, cache, root, notes)
    return _report(args, cache, findings, result.coverage, fixed, notes, started, change=True)


def _apply_model_fixes(result, cache, root: Path | None, notes: list[str]) -> list:
    """Write the vetted model fixes (``postil.change_review.apply_model_fixes``), say what was
    written in ``notes``; the findings left to report (those fixed are gone)."""
    from postil.change_review import apply_model_fixes

    outcome = apply_model_fixes(result, cache, root)
    notes.extend(f"not fixed {path}: {reason}" for path, reason in outcome.refused)
    written = sum(outcome.applied.values())
    if written:
        notes.append(f"wrote {written} model fix(es) to the working tree of "
                     f"{', '.join(sorted(outcome.applied))} (not staged): read `git diff` and stage what you keep")
    elif not outcome.refused:
        notes.append("no model fix to apply")
    return [f for f in result.findings if not (f.source == "llm" and f.fix is not None and f.path in outcome.applied)]


def _review_files(args: argparse.Namespace, cache, llm, started: float) -> int:
    from postil.commands.check_command import report_walk, say_baseline_problems, skipped_files
    from postil.change_review import Coverage, review_units, units_from_files
    from postil.fix_run import FixRun, fix_until_stable
    from postil.scan import check_paths

    paths = args.paths or [Path(".")]
    say_baseline_problems(paths)
    if llm is not None or args.dry_run:
        units = units_from_files(paths, cache)
        if args.dry_run:
            return _dry_run(args, units, llm, "files", cache, all_lines=True)
        fixes = FixRun()
        if args.fix:
            fixes = fix_until_stable(check_paths(paths, cache), cache)
            units = units_from_files(paths, cache) if fixes.fixed else units
        result = review_units(units, cache, all_lines=True, llm=llm, label="files")
        findings, notes = result.findings, fixes.notes()
        if args.fix_llm:
            findings = _apply_model_fixes(result, cache, None, notes)
        return _report(args, cache, findings, result.coverage, fixes.fixed, notes, started)
    result = check_paths(paths, cache)
    fixes = fix_until_stable(result, cache) if args.fix else FixRun()
    if not report_walk(result):
        return 2
    coverage = Coverage(label="files",
                        reviewed=[(str(r.path), 1) for r in result.reports if r.skipped is None],
                        skipped=skipped_files(result))
    findings = [f for r in result.reports for f in r.findings]
    return _report(args, cache, findings, coverage, fixes.fixed, fixes.notes(), started)


def _report(args, cache, findings, coverage, fixed: int, notes: list[str], started: float,
            change: bool = False) -> int:
    from postil.change_review import unreviewed_for_size
    from postil.commands.check_command import _rules_meta, unchecked_why
    from postil.console import painted, print_rendered
    from postil.commands.skipped_rules import say_skipped_rules
    from postil.output import Totals, render_json, render_sarif, render_text

    say_skipped_rules(cache.rule_errors())
    findings = sorted(findings, key=lambda f: f.sort_key)
    colour = args.format == "text" and painted(sys.stdout)
    unchecked = unchecked_why(list(coverage.skipped))  # files no rule judged: the review cannot pass
    if change:  # a file a change touches is never passed unread
        unchecked += unreviewed_for_size(coverage.skipped)
    incomplete = "; ".join([*unchecked, *filter(None, [coverage.incomplete])]) or None
    summary = Totals(files_checked=coverage.files_reviewed, files_skipped=list(coverage.skipped), fixed=fixed,
                      elapsed=time.perf_counter() - started, notes=notes, coverage=coverage.to_json(),
                      incomplete=incomplete)
    if args.format == "json":
        rendered = render_json(findings, summary)
    elif args.format == "sarif":
        rendered = render_sarif(findings, _rules_meta(cache), incomplete=incomplete)
        for line in coverage.render_text():  # SARIF has no place for it; keep it visible
            say(line, file=sys.stderr)
    else:
        summary.notes = [*notes, *coverage.render_text()]
        rendered = render_text(findings, summary, color=colour)
    print_rendered(rendered, colour)
    return 1 if unchecked or _fails(args, cache, findings, coverage.incomplete) else 0


def _fails(args, cache, findings, incomplete: str | None = None) -> bool:
    """Rule findings at or above --fail-on; model findings only at or above
    ``[tool.postil.llm] fail-on``, when the project sets it. A project that sets it also
    fails a review whose LLM part stopped early (budget, deadline, call cap, provider down):
    what was not reviewed cannot pass."""
    from postil.analyzers.findings import Severity
    from postil.commands.check_command import _fail_on

    rules_level = _fail_on(args, cache)
    llm_levels = [Severity.parse(c.loaded.settings.llm.fail_on) for c in cache.checkers if c.loaded.settings.llm.fail_on]
    llm_level = min(llm_levels) if llm_levels else None
    if incomplete is not None and llm_level is not None:
        return True
    return any(f.severity >= rules_level if f.source != "llm" else (llm_level is not None and f.severity >= llm_level)
               for f in findings)


def _dry_run(args, units, llm, label: str, cache, *, all_lines: bool) -> int:
    import json

    from postil.rag.embeddings import remote_endpoint
    from postil.change_review import _no_change_reason, review_units

    index = cache.for_path(Path.cwd()).loaded.settings.index
    embeddings = remote_endpoint(index.embeddings, index.base_url) if llm is not None else None
    embeddings_note = (f"Embeddings ({embeddings}): the review first refreshes the index, which sends new or changed "
                       "chunks there (masked); `postil index --dry-run` prints those requests." if embeddings else None)

    sendable = [u for u in units if u.skipped is None and u.text is not None and (u.whole_file or u.hunks)]
    to_llm = sendable if llm is not None else []
    if args.format == "json":
        print(json.dumps({
            "label": label,
            "units": [{"path": u.display, "status": u.status_name, "skipped": u.skipped,
                       "hunks": [str(h) for h in u.hunks]} for u in units],
            "llm": {"provider": getattr(llm, "name", None),
                    "units": [u.display for u in to_llm]},
            "embeddings": embeddings,
        }, indent=2))
        return 0
    say(f"Would review ({label}): {len(sendable)} file(s) with changed lines")
    for unit in units:
        if unit.skipped is not None:
            say(f"  {unit.display} ({unit.status_name}): skipped, {unit.skipped}")
        elif unit.whole_file:
            say(f"  {unit.display}: whole file")
        elif not unit.changed_lines():
            say(f"  {unit.display} ({unit.status_name}): not reviewed, {_no_change_reason(unit)}")
        else:
            ranges = ", ".join(_lines(h) for h in unit.hunks if h.new_count)
            say(f"  {unit.display} ({unit.status_name}): {len(unit.hunks)} hunk(s), lines {ranges}")
    if llm is None:
        reason = "--no-llm" if args.no_llm else "no LLM provider configured"
        say(f"LLM: {reason}; no units would be sent to the LLM.")
    else:
        say(f"LLM ({llm.name}): {len(to_llm)} file(s) would be reviewed:")
        for unit in to_llm:
            say(f"  {unit.display}")
        describe = getattr(llm, "describe_requests", None)
        if describe is not None and to_llm:
            print()  # the rule findings a review would list as already reported
            print(describe(to_llm, review_units(to_llm, cache, all_lines=all_lines).findings))
    if embeddings_note:
        say(embeddings_note)
    return 0


def _lines(hunk) -> str:
    first, last = hunk.new_start, hunk.new_start + hunk.new_count - 1
    return str(first) if first == last else f"{first}-{last}"
