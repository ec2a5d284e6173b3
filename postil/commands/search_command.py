"""``postil search QUERY``: look something up in the workspace index."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from postil.commands.index_command import add_index_options
from postil.core.terminal import say


def register(subparsers) -> None:
    parser = subparsers.add_parser("search", help="search the workspace index (symbols, keywords, similar code)")
    parser.add_argument("query", nargs="?", help="words, identifiers or a code snippet")
    parser.add_argument("--batch", type=Path, metavar="FILE",
                        help='JSON lines {"query": ...} (- for stdin); prints one JSON line per query '
                             '{"query": ..., "results": [...]} (with --json)')
    parser.add_argument("-k", type=int, default=10, help="number of results (default 10)")
    parser.add_argument("--docs", action="store_true", help="documentation, licences and changelogs too (default: code)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--root", type=Path, default=None, help="workspace root (default: found from the current directory)")
    parser.add_argument("--no-update", action="store_true", help="do not refresh the index first")
    add_index_options(parser)
    parser.set_defaults(handler=run, first_handler=answered)


def ready_index(root: Path, args: argparse.Namespace):
    """The workspace index, refreshed (built on first use) unless --no-update."""
    from postil.commands.index_command import open_index, update_with_progress

    index = open_index(root, args)
    if not getattr(args, "no_update", False):
        update_with_progress(index, quiet=getattr(args, "json", False))
    return index


def run(args: argparse.Namespace) -> int:
    from postil.commands.index_command import index_errors_as_exit_codes
    from postil.rag.workspace_root import find_workspace_root

    root = (args.root or find_workspace_root(Path.cwd())).resolve()
    if (args.query is None) == (args.batch is None):
        print("postil search: give a QUERY or --batch FILE (not both)", file=sys.stderr)
        return 2
    if args.batch is not None:
        queries = _read_batch(args.batch)
        if isinstance(queries, str):
            say(f"postil search: {queries}", file=sys.stderr)
            return 2
        args.json = True

        def search_all():
            index = ready_index(root, args)
            for query in queries:
                results = index.search(query, k=args.k, docs=args.docs)
                print(json.dumps({"query": query, "results": [r.to_dict() for r in results]}), flush=True)
            return index

        index, code = index_errors_as_exit_codes(search_all)
        if index is not None:
            index.close()
        return code

    def search():
        from postil.rag.retrieval import model_hint

        index = ready_index(root, args)
        results = [r.to_dict() for r in index.search(args.query, k=args.k, docs=args.docs)]
        hint = None if args.json else model_hint(index, args.query)
        index.close()
        return results, hint

    found, code = index_errors_as_exit_codes(search)
    if found is None:
        return code
    results, hint = found
    return _show(results, args, hint)


def answered(args: argparse.Namespace) -> int | None:
    """Print the answer of a postil server running in the workspace (``postil.rag.search_socket``)
    and give the exit code; None when none answered, or the command was given a batch or index
    settings of its own (it then searches itself)."""
    if args.query is None or args.batch is not None or any(
            getattr(args, option, None) is not None for option in ("embeddings", "model", "base_url", "chroma_url",
                                                                    "model_path")):
        return None
    from postil.rag.workspace_root import find_workspace_root

    directory = (args.root or find_workspace_root(Path.cwd())).resolve() / ".postil"
    if not os.path.lexists(directory / "search.sock"):
        return None  # nothing listens: the socket module is not even imported
    from postil.rag.search_socket import ask

    answer = ask(directory, args.query, args.k, args.docs, update=not args.no_update)
    if answer is None:
        return None
    for message in answer["messages"]:
        say(message, file=sys.stderr)
    return _show(answer["results"], args, answer["hint"])


def _show(results: list[dict], args: argparse.Namespace, hint: str | None) -> int:
    """Print the results (JSON, or a location line and three lines of code each) and the hint;
    exit code 0 when something was found, else 1."""
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for r in results:
            say(f"{r['path']}:{r['start']}-{r['end']}  ({r['reason']})")
            for line in r["text"].splitlines()[:3]:
                print(f"    {line}")  # a line of code (tabs kept), under the location line
        if not results:
            print("no results", file=sys.stderr)
        if hint:
            say(hint, file=sys.stderr)
    return 0 if results else 1


def _read_batch(path: Path) -> list[str] | str:
    """The queries of a JSON-lines file (blank lines skipped), or what is wrong with it."""
    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}"
    queries = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError:
            item = None
        if not isinstance(item, dict) or not isinstance(item.get("query"), str):
            return f'{path}:{number}: expected a JSON object with a "query" string'
        queries.append(item["query"])
    return queries
