"""``postil dismiss FINGERPRINT``: let a finding be, for the whole team: its fingerprint, rule,
path and the reason go into the committed ``.postil-baseline``, which every clone, the CLI,
the hook and the editor honour."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from postil.core.terminal import say


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "dismiss", help="hide a finding for everyone: record it in the committed .postil-baseline",
        description="Record findings (by the fingerprint `check`/`review --format json` print) in the workspace's "
                    ".postil-baseline, with a reason. Commit the file: every clone then hides them.")
    parser.add_argument("fingerprints", nargs="+", metavar="FINGERPRINT")
    parser.add_argument("--reason", default="dismissed", help="why the finding is let be (kept in the file)")
    parser.add_argument("--path", type=Path, action="append", default=None,
                        help="where to look for a rule finding (default: the whole workspace)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from postil.analyzers import baseline

    root = baseline.root_for(Path.cwd(), Path.cwd())
    reason = baseline.clean_reason(args.reason)
    found = _model_findings(root, args.fingerprints, reason)
    missing = [fp for fp in args.fingerprints if fp not in found]
    if missing:
        found.update(_rule_findings(root, args.path or [root], missing, reason))
    unknown = [fp for fp in args.fingerprints if fp not in found]
    for fingerprint in unknown:
        say(f"postil: no current finding has fingerprint {fingerprint!r} (see `postil check --format json`)",
            file=sys.stderr)
    if not found:
        return 2
    try:
        written, new = baseline.add(root, list(found.values()))
    except OSError as exc:
        say(f"postil: cannot write the baseline: {exc}", file=sys.stderr)
        return 2
    for entry in found.values():
        say(f"dismissed {entry.path}  {entry.rule}  {entry.fingerprint}")
    say(f"postil: {new} new entr{'y' if new == 1 else 'ies'} in {written}; commit it to share the dismissal")
    return 1 if unknown else 0


def _model_findings(root: Path, fingerprints: list[str], reason: str) -> dict:
    """Entries for the model findings the reviewer showed here (nothing is created to look)."""
    from postil.analyzers import baseline
    from postil.analyzers.llm.shown import ShownFindings
    from postil.core.workdir import NAME

    if not (root / NAME).is_dir():
        return {}
    shown = ShownFindings(root)
    try:
        found = {fp: s for fp in fingerprints if (s := shown.get(fp)) is not None}
    finally:
        shown.close()
    return {fp: baseline.Entry(s.path, s.rule, fp, reason) for fp, s in found.items()}


def _rule_findings(root: Path, paths: list[Path], fingerprints: list[str], reason: str) -> dict:
    """Entries for the current rule and secret findings with these fingerprints under ``paths``."""
    from postil.analyzers import baseline
    from postil.analyzers.checker import CheckerCache
    from postil.scan import check_paths

    wanted = set(fingerprints)
    result = check_paths(paths, CheckerCache(baselines=None))
    return {f.fingerprint: baseline.Entry(baseline.relative_path(f.path, root), f.rule, f.fingerprint, reason)
            for r in result.reports for f in r.findings if f.fingerprint in wanted}
