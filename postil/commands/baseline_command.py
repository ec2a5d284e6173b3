"""``postil baseline``: record every current finding in the committed ``.postil-baseline`` so
``check``/``review`` report only new ones; ``--stale`` lists the entries that match nothing
any more, ``--prune`` removes them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from postil.core.terminal import say


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "baseline", help="record current findings in .postil-baseline (report only new ones); list or prune stale entries",
        description="Record every current finding in the workspace's committed .postil-baseline, so check, review, "
                    "the hook and the editor report only new ones.")
    parser.add_argument("paths", nargs="*", type=Path, help="files or directories (default: current directory)")
    parser.add_argument("--reason", default="baseline", help="why these findings are let be (default: baseline)")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--stale", action="store_true",
                        help="list entries that match no current finding (exit 1 when there are any)")
    action.add_argument("--prune", action="store_true", help="remove the entries that match no current finding")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from postil.analyzers import baseline
    from postil.analyzers.checker import CheckerCache
    from postil.commands.check_command import report_walk
    from postil.scan import check_paths

    paths = args.paths or [Path(".")]
    cache = CheckerCache(baselines=None)  # what the baseline hides is what it records
    result = check_paths(paths, cache)
    if not report_walk(result):
        return 2
    by_root: dict[Path, list] = {}
    checked: dict[Path, set[str]] = {}
    for report in result.reports:
        root = baseline.root_for(report.path, cache.for_path(report.path).loaded.root)
        by_root.setdefault(root, [])
        if report.skipped is None:
            checked.setdefault(root, set()).add(baseline.relative_path(report.path, root))
        by_root[root].extend(report.findings)
    if not (args.stale or args.prune):
        return _record(by_root, baseline.clean_reason(args.reason))
    stale_total = 0
    for root, findings in by_root.items():
        shared = baseline.load(root)
        _say_problems(shared)
        present = {f.fingerprint for f in findings}
        stale = [e for e in sorted(shared.entries.values()) if _stale(e, root, present, checked.get(root, set()))]
        stale_total += len(stale)
        for entry in stale:
            say(f"stale: {entry.path}  {entry.rule}  {entry.fingerprint}  {entry.reason}")
        if args.prune and stale:
            gone = {e.fingerprint for e in stale}
            written = baseline.save(root, [e for e in shared.entries.values() if e.fingerprint not in gone])
            say(f"postil: removed {len(stale)} stale entr{'y' if len(stale) == 1 else 'ies'} from {written}")
    if not stale_total:
        print("postil: no stale baseline entries")
    return 1 if stale_total and args.stale else 0


def _stale(entry, root: Path, present: set[str], checked: set[str]) -> bool:
    """An entry is stale when its file is gone, or when its file was checked and no finding
    has its fingerprint. A model finding (``llm/``) is known only while its file exists:
    finding out more would cost a model call."""
    if not (root / entry.path).exists():
        return True
    if entry.rule.startswith("llm/") or entry.path not in checked:
        return False
    return entry.fingerprint not in present


def _record(by_root: dict[Path, list], reason: str) -> int:
    from postil.analyzers import baseline

    for root, findings in sorted(by_root.items()):
        entries = [baseline.Entry(baseline.relative_path(f.path, root), f.rule, f.fingerprint, reason)
                   for f in findings]
        _say_problems(baseline.load(root))
        try:
            written, new = baseline.add(root, entries)
        except OSError as exc:
            say(f"postil: cannot write the baseline: {exc}", file=sys.stderr)
            return 2
        say(f"postil: {new} finding(s) recorded in {written} ({len(baseline.load(root).entries)} entries); "
            "commit it so every clone reports only new findings")
    if not by_root:
        print("postil: no files checked; nothing recorded")
    return 0


def _say_problems(shared) -> None:
    for notice in shared.notices():
        say(notice, file=sys.stderr)
