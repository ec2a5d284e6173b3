"""``postil check``: run the pattern rules and secret detectors over files."""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from postil.analyzers.findings import Severity
from postil.analyzers.rules.rule_failures import RULE_FAILED
from postil.console import painted, print_rendered
from postil.output import SKIPPED_SHOWN

FORMATS = ("text", "json", "sarif")
SEVERITIES = ("error", "warning", "info", "hint")
YOUNG = 100_000  # see batch_collection


class RuleList(argparse.Action):
    """``--select``/``--ignore``: comma-separated rule ids or prefixes; given again, they add up
    (as ruff reads its flags), rather than the last one silently winning."""

    def __call__(self, parser, namespace, value, option_string=None) -> None:
        given = tuple(part.strip() for part in value.split(",") if part.strip())
        setattr(namespace, self.dest, (getattr(namespace, self.dest) or ()) + given)


def add_rule_options(parser) -> None:
    """The ``--select`` and ``--ignore`` options of ``check`` and ``review``."""
    parser.add_argument("--select", action=RuleList, help="comma-separated rule ids or prefixes to run (replaces config; may be repeated)")
    parser.add_argument("--ignore", action=RuleList, default=(), help="comma-separated rule ids or prefixes to skip (may be repeated)")


def register(subparsers) -> None:
    parser = subparsers.add_parser("check", help="check files with the pattern rules and secret detectors",
                                   description="Check files with postil's pattern rules and secret detectors.")
    parser.add_argument("paths", nargs="*", type=Path, help="files or directories (default: current directory)")
    parser.add_argument("--fix", action="store_true", help="apply safe fixes in place")
    add_rule_options(parser)
    parser.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    parser.add_argument("--fail-on", choices=SEVERITIES, help="lowest severity that makes the exit code 1 (default: config, else warning)")
    parser.add_argument("--statistics", action="store_true", help="show counts per rule instead of each finding")
    parser.add_argument("--config", type=Path, help="use this config file instead of discovering one")
    parser.add_argument("--jobs", "-j", type=int, default=0, help="worker processes (default: all cores; 1: all in this process, where a file's check "
                             "stuck inside one step is not stopped at its time limit)")
    parser.add_argument("--in-process", action="store_true",
                        help="run the rules in this process even for many files (default: ast-grep's CLI from 64 files)")
    parser.add_argument("--show-skipped", action="store_true",
                        help=f"list every skipped file (default: the first {SKIPPED_SHOWN}, with the reason)")
    parser.add_argument("--no-cache", action="store_true",
                        help="check every file again, neither reading nor writing the results kept in .postil/cache/check/ "
                             "(also: POSTIL_NO_CACHE=1)")
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    parser.add_argument("--output", "-o", type=Path, help="write the report to this file instead of stdout")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    with batch_collection():
        return _check(args)


@contextmanager
def batch_collection():
    """Garbage collection for one check run through: what was made before it (the modules and
    their objects) lives as long as the process and is frozen out of the collector's sight, and
    the youngest generation is collected after YOUNG allocations, not CPython's 700: a check
    allocates much, briefly (a file's records, findings, facts), and each collection walked what
    was still alive, again in the older generations, and the full ones all the run had kept.
    A tree of 1,250 handlers, cachegrind: 18.63 G instructions -> 18.28 G (10,000 or 30,000
    allocations: 18.39 G; collection off: 18.15 G). Garbage in cycles waits longer: at most
    YOUNG objects (a few tens of MB). Both are undone after (tests run checks in their process)."""
    import gc

    threshold, frozen = gc.get_threshold(), gc.get_freeze_count()
    gc.freeze()
    gc.set_threshold(YOUNG, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if not frozen:  # (a process that froze its own keeps them frozen)
            gc.unfreeze()


def _check(args: argparse.Namespace) -> int:
    from postil.analyzers.checker import CheckerCache
    from postil.commands.skipped_rules import say_skipped_rules
    from postil.config import ConfigOverrides
    from postil.core.terminal import say
    from postil.fix_run import FixRun, fix_until_stable
    from postil.output import Totals, render_json, render_sarif, render_text
    from postil.scan import check_paths

    paths = args.paths or [Path(".")]
    if args.config is not None and not args.config.is_file():
        say(f"postil: config file {args.config} does not exist", file=sys.stderr)
        return 2
    cache = CheckerCache(ConfigOverrides(select=args.select, ignore=args.ignore, fail_on=args.fail_on), args.config)
    # (a fix rewrites files and checks them again: never from the cache)
    if args.no_cache or args.fix or os.environ.get("POSTIL_NO_CACHE", "").lower() not in ("", "0", "false", "no"):
        result = check_paths(paths, cache, jobs=args.jobs or None, bulk=not args.in_process)
    else:
        from postil.result_cache.check import check_cached
        from postil.result_cache.key import CheckOptions

        options = CheckOptions(tuple(map(str, paths)), args.select, tuple(args.ignore), args.fail_on,
                               None if args.config is None else str(args.config), not args.in_process)
        result = check_cached(paths, cache, options, args.jobs or None, lambda line: say(line, file=sys.stderr))
    fixes = fix_until_stable(result, cache) if args.fix else FixRun()
    say_skipped_rules(cache.rule_errors())
    # --select/--ignore choose what runs this time: only the config's own choice is worth a warning
    provider = None if args.select is None and not args.ignore else "none"
    for note in dict.fromkeys(note for checker in cache.checkers for note in checker.notes(provider)):
        say(f"postil: warning: {note}", file=sys.stderr)
    say_baseline_problems(paths)
    if not report_walk(result):
        return 2

    findings = sorted((f for r in result.reports for f in r.findings), key=lambda f: f.sort_key)
    hidden = sorted((f for r in result.reports for f in r.hidden), key=lambda f: f.sort_key)
    summary = Totals(
        hidden=len(hidden),
        files_checked=sum(1 for r in result.reports if r.skipped is None),
        files_skipped=skipped_files(result),
        fixed=fixes.fixed,
        elapsed=result.elapsed,
        notes=fixes.notes(),
    )
    why = unchecked_why(summary.files_skipped)  # their findings are unknown: the check cannot pass
    unasked = named_unchecked(paths, result)
    for path, reason in unasked:
        if reason is not None:  # (a missing or refused path was said by report_walk)
            say(f"postil: {path}: named but not checked: {reason}", file=sys.stderr)
    if unasked:
        why.append(f"{len(unasked)} file{'s' if len(unasked) != 1 else ''} named on the command line "
                   f"{'were' if len(unasked) != 1 else 'was'} not checked (why is above)")
    partial = len({f.path for f in findings if f.rule == RULE_FAILED})
    if partial:
        why.append(f"rules failed on {partial} file(s) and were skipped there (the {RULE_FAILED} findings)")
    summary.incomplete = "; ".join(why) or None
    not_fixable = [str(r.path) for r in result.reports if not r.fixable_text and r.skipped is None]
    if not_fixable:
        summary.notes.append(f"note: {len(not_fixable)} file(s) are not valid UTF-8 (or start with a BOM); no fixes are offered for them")
    colour = args.format == "text" and args.output is None and painted(sys.stdout)
    if args.format == "json":
        rendered = render_json(findings, summary)
    elif args.format == "sarif":
        rendered = render_sarif(findings, _rules_meta(cache), incomplete=summary.incomplete, hidden=hidden)
    else:
        rendered = render_text(findings, summary, color=colour, statistics=args.statistics,
                               show_skipped=args.show_skipped)
    if args.output is not None:
        args.output.write_text(rendered + "\n", encoding="utf-8")
    else:
        print_rendered(rendered, colour)
    fail_on = _fail_on(args, cache)
    if args.exit_zero:
        return 0
    return 1 if summary.incomplete or any(f.severity >= fail_on for f in findings) else 0


def report_walk(result) -> bool:
    """Say which start paths were missing or refused; False when nothing could be
    checked because of them (or because the paths given could not be read)."""
    from postil.core.terminal import say

    walked = result.walked
    for path in walked.missing:
        say(f"postil: {path}: no such file or directory", file=sys.stderr)
    for path, why in walked.refused:
        say(f"postil: {path}: {why}", file=sys.stderr)
    if result.reports:
        return True
    unreadable = [path for path, why in walked.skipped if why.startswith("unreadable")]
    for path in unreadable:
        say(f"postil: {path}: cannot be read", file=sys.stderr)
    return not (walked.missing or walked.refused or unreadable)


def say_baseline_problems(paths: list[Path], baselines=None) -> None:
    """The lines of each checked workspace's ``.postil-baseline`` that were left out (they hide
    nothing); ``baselines``: how a root's baseline is read (default: the working tree's)."""
    from postil.analyzers import baseline
    from postil.core.terminal import say

    for root in sorted({baseline.root_for(path, Path.cwd()) for path in paths}):
        for notice in (baselines or baseline.load)(root).notices():
            say(notice, file=sys.stderr)


def skipped_files(result) -> list[tuple[str, str]]:
    """Every file left out, with the reason: by the walk (links out, FIFOs, devices,
    unreadable directories) and by the reader (binary, too large)."""
    return ([(str(path), why) for path, why in result.walked.skipped]
            + [(str(r.path), r.skipped) for r in result.reports if r.skipped])


def named_unchecked(paths: list[Path], result) -> list[tuple[str, str | None]]:
    """The paths named on the command line that were not checked, with why (None: missing or
    refused, said by report_walk). The user asked for each, so a run leaving one out is not
    complete, whatever the reason (as Ruff's E902 for a named file it cannot read)."""
    named = set(paths)
    walked = result.walked
    return ([(str(path), None) for path in walked.missing] + [(str(path), None) for path, _ in walked.refused]
            + [(path, why) for path, why in skipped_files(result) if Path(path) in named])


def unchecked_why(skipped: list[tuple[str, str]]) -> list[str]:
    """Why a run that left out files (``skipped``: path and reason) cannot pass: files whose check
    ran out of time, ended its worker, or whose text was not parsed (nested or indented too deep:
    such a file could hide anything). Binary, minified, too large, excluded files are not code it
    was asked to judge, and do not count; a walk stopped at its file limit does (the rest was not read)."""
    from postil.analyzers.parse_limits import left_unparsed
    from postil.core.deadline import ran_out_of_time
    from postil.core.walk import FILE_LIMIT
    from postil.scan import worker_ended

    reasons = [why for _, why in skipped]
    cut = any(why.startswith(FILE_LIMIT) for why in reasons)
    unfinished = sum(map(ran_out_of_time, reasons))
    crashed = sum(map(worker_ended, reasons))
    unparsed = sum(map(left_unparsed, reasons))
    return ([f"{unfinished} file(s) ran out of time and were not checked"] if unfinished else []) + \
        ([f"the check of {crashed} file(s) failed (how is above) and they were not checked"] if crashed else []) + \
        ([f"{unparsed} file(s) nest or indent too deep to be parsed and were not checked (see why above)"]
         if unparsed else []) + \
        (["the walk stopped at its file limit (see the skipped list): files past it were not checked"] if cut else [])


def _fail_on(args: argparse.Namespace, cache) -> Severity:
    if args.fail_on:
        return Severity.parse(args.fail_on)
    levels = [Severity.parse(c.loaded.settings.fail_on) for c in cache.checkers]
    return min(levels) if levels else Severity.WARNING


def _rules_meta(cache) -> dict[str, dict]:

    meta: dict[str, dict] = {}
    for checker in cache.checkers:
        for rule in checker.all_rules:
            meta[rule.id] = {"message": rule.message, "severity": rule.severity, "url": rule.url, "note": rule.note,
                             "category": rule.metadata.get("category"), "cwe": rule.metadata.get("cwe")}
        for rule in checker.all_secret_rules:
            meta[rule.id] = {"message": rule.message, "severity": Severity.parse(rule.severity), "url": rule.url,
                             "note": rule.note, "category": "secrets", "cwe": rule.cwe}
    return meta
