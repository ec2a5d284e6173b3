"""``postil cache clear``: forget cached LLM review results (the next review calls the model again)
and the kept check results (the next ``postil check`` checks every file again)."""

from __future__ import annotations

import argparse
import sys

from postil.commands.workspace_arg import add_workspace_argument, workspace_of


def register(subparsers) -> None:
    parser = subparsers.add_parser("cache", help="manage the LLM review and check results caches")
    actions = parser.add_subparsers(dest="cache_action", metavar="ACTION")
    clear = actions.add_parser("clear", help="delete cached LLM review and check results for this workspace")
    add_workspace_argument(clear)
    clear.set_defaults(handler=run)
    parser.set_defaults(handler=lambda args: (parser.print_help(), 2)[1])


def run(args: argparse.Namespace) -> int:
    from postil.analyzers.llm.state import ResultCache
    from postil.core.terminal import say
    from postil.result_cache import signed_store

    root = workspace_of(args.path, "cache clear")
    if root is None:
        return 2
    cache = ResultCache(root)
    removed = cache.clear()
    cache.close()
    say(f"postil: removed {removed} cached LLM result(s) from {cache.directory}", file=sys.stderr)
    checks = signed_store.clear(root, lambda line: say(line, file=sys.stderr))
    say(f"postil: removed {checks} kept check result(s) from {root.joinpath('.postil', *signed_store.PARTS)}", file=sys.stderr)
    return 0
