"""``postil context PATH:LINE``: the exact context the reviewer gets for the code at a line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from postil.commands.index import add_index_options
from postil.output import say


def register(subparsers) -> None:
    parser = subparsers.add_parser("context", help="show the retrieved context for the code at PATH:LINE, and why")
    parser.add_argument("location", help="PATH:LINE (line is 1-based)")
    parser.add_argument("--budget", type=int, default=4000, help="token budget (default 4000, ~4 chars a token)")
    parser.add_argument("-k", type=int, default=None, help="at most this many chunks")
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
    from postil.commands.index import index_errors_as_exit_codes
    from postil.commands.search import ready_index
    from postil.rag.indexer import find_workspace_root

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
        print(f"postil: {reason}; nothing retrieved", file=sys.stderr)
        return 2

    def context():
        index = ready_index(root, args)
        return index, index.context(path, line, budget=args.budget, k=args.k)

    try:
        found, code = index_errors_as_exit_codes(context)
    except Refused as exc:
        print(f"postil: {exc}; nothing retrieved", file=sys.stderr)
        return 2
    if found is None:
        return code
    index, result = found
    if args.json:
        print(json.dumps(result.to_dict(), indent=2))
    else:
        say(f"context for {result.path}:{result.start}-{result.end}: {len(result.chunks)} chunks, "
              f"{result.tokens}/{result.budget} tokens" + (f", {result.omitted} more left out" if result.omitted else ""))
        if result.chunks or result.omitted:
            print()
            say(result.render())
    index.close()
    return 0
