"""``postil search QUERY``: look something up in the workspace index."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from postil.commands.index_command import add_index_options
from postil.output import say


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
    parser.set_defaults(handler=run)


def ready_index(root: Path, args: argparse.Namespace):
    """The workspace index, refreshed (built on first use) unless --no-update."""
    from postil.commands.index_command import open_index, update_with_progress

    index = open_index(root, args)
    if not getattr(args, "no_update", False):
        update_with_progress(index, quiet=getattr(args, "json", False))
    return index


def run(args: argparse.Namespace) -> int:
    from postil.commands.index_command import index_errors_as_exit_codes
    from postil.rag.indexer import find_workspace_root

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
        index = ready_index(root, args)
        return index, index.search(args.query, k=args.k, docs=args.docs)

    found, code = index_errors_as_exit_codes(search)
    if found is None:
        return code
    index, results = found
    if args.json:
        print(json.dumps([r.to_dict() for r in results], indent=2))
    else:
        for r in results:
            say(f"{r.path}:{r.start}-{r.end}  ({r.reason})")
            for line in r.text.splitlines()[:3]:
                print(f"    {line}")  # a line of code (tabs kept), under the location line
        if not results:
            print("no results", file=sys.stderr)
        hint = model_hint(index, args.query)
        if hint:
            say(hint, file=sys.stderr)
    index.close()
    return 0 if results else 1


def model_hint(index, query: str) -> str | None:
    """A line suggesting the local embedding model, for a query in words (not a name or a code
    snippet) that was ranked without it; None when the model ranked it or would not help."""
    from postil.rag.tokens import IDENTIFIER

    words = query.split()
    if len(words) < 2 or any(not IDENTIFIER.fullmatch(w.strip(".,;:?!'\"")) for w in words):
        return None  # a name, or code: names and keywords find those without a model
    if index.vector_source()[0] == "model":
        return None
    if index.model_backend is not None:
        return (f"postil: the embedding model's vectors cover {index.model_coverage():.0%} of the index so far; "
                "words are ranked with it once `postil index` has built them")
    return ("postil: words were matched to code without an embedding model; one finds code by what it does "
            "more often: `postil index --download-model all-MiniLM-L6-v2` (or set [tool.postil.index] model-path)")


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
