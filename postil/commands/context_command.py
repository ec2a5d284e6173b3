"""``postil context PATH:LINE``: exactly what the reviewer would send for the code at a line —
the same prompt builder, context budget, ``llm.exclude`` and rule findings as ``postil review``."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from pathlib import Path

from postil.commands.index_command import add_index_options
from postil.core.terminal import say


def register(subparsers) -> None:
    parser = subparsers.add_parser("context", help="show the request the LLM reviewer would send for the code at "
                                                   "PATH:LINE: its retrieved context, and why")
    parser.add_argument("location", help="PATH:LINE (line is 1-based)")
    parser.add_argument("--budget", type=int, default=None,
                        help="context budget in tokens (default: [llm] context-budget, as a review uses it)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--no-update", action="store_true", help="do not refresh the index first")
    add_index_options(parser)
    parser.set_defaults(handler=run)


def parse_location(location: str) -> tuple[Path, int]:
    path, sep, line = location.rpartition(":")
    if not sep or not line.isdigit() or int(line) < 1:
        raise ValueError(f"expected PATH:LINE, got {location!r}")
    return Path(path), int(line)


def run(args: argparse.Namespace) -> int:
    from postil.commands.index_command import index_errors_as_exit_codes
    from postil.commands.search_command import ready_index
    from postil.rag.workspace_root import find_workspace_root

    try:
        path, line = parse_location(args.location)
    except ValueError as exc:
        say(f"postil: {exc}", file=sys.stderr)
        return 2
    from postil.gate.egress import EgressGate, Refused

    path = Path(os.path.abspath(path))  # not resolved: a link is judged where it is, not where it points
    if not path.is_file():
        say(f"postil: {path}: no such file", file=sys.stderr)
        return 2
    root = find_workspace_root(path.parent)
    reason = EgressGate.for_workspace(root).refusal(path)
    if reason is not None:  # before the index is touched: nothing is read, embedded or written
        say(f"postil: {reason}; nothing retrieved", file=sys.stderr)
        return 2

    def request():
        index = ready_index(root, args)
        return index, _request(root, index, path, line, args.budget)

    try:
        found, code = index_errors_as_exit_codes(request)
    except Refused as exc:
        say(f"postil: {exc}; nothing retrieved", file=sys.stderr)
        return 2
    if found is None:
        return code
    index, (prompt, ctx, unit) = found
    rel = index.relative(path)
    if args.json:
        data = ctx.to_dict() if ctx is not None else {"path": rel, "start": unit.start, "end": unit.end,
                                                       "chunks": [], "tokens": 0, "omitted": 0}
        data["request"] = {"system": prompt.system, "user": prompt.user, "tokens": prompt.tokens}
        print(json.dumps(data, indent=2))
    else:
        chunks = ctx.chunks if ctx is not None else []
        say(f"context for {rel}:{unit.start}-{unit.end}: {len(chunks)} chunks, "
            f"{ctx.tokens if ctx else 0}/{ctx.budget if ctx else 0} tokens"
            + (f", {ctx.omitted} more left out" if ctx is not None and ctx.omitted else "")
            + f"; the request, ~{prompt.tokens} tokens:")
        print()
        print(f"=== system ===\n{prompt.system}\n\n=== user ===\n{prompt.user}")  # the request, exactly
    index.close()
    return 0


def _request(root: Path, index, path: Path, line: int, budget: int | None):
    """(prompt, retrieved context, unit) for the code at ``path:line``, built by the reviewer
    a review would use (the file's config, its rule findings, a dry run: nothing is sent)."""
    from postil.analyzers.checker import CheckerCache
    from postil.analyzers.llm.review_result import ReviewResult
    from postil.analyzers.llm.reviewer import Reviewer
    from postil.analyzers.llm.rule_checks import InProcessRules
    from postil.analyzers.llm.units import unit_at
    from postil.config.environment import resolve

    cache = CheckerCache()  # the file's config, and its rules for the reviewer (loaded once)
    loaded = cache.for_path(path).loaded
    settings = resolve(loaded.settings.llm, None, loaded.sources)
    if budget is not None:
        settings = dataclasses.replace(settings, config=settings.config.model_copy(update={"context_budget": budget}))
    reviewer = Reviewer(root, settings, index=index, update_index=False, rules=InProcessRules(cache))
    text = path.read_text(encoding="utf-8", errors="replace")
    unit = unit_at(path, text, line)
    rule_findings = reviewer.check_with_rules([unit]).get(unit.path, [])
    prompt, _key, ctx = reviewer.assemble(unit, rule_findings, ReviewResult(), dry_run=True)
    reviewer.cache.close()
    reviewer.state.close()
    return prompt, ctx, unit
