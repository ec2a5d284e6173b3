"""Where a check's parses go: each tree-sitter parse (py-tree-sitter) and each ast-grep-py tree
(SgRoot) `postil check --no-cache --jobs 1` makes in its own process, counted by the postil function
that asked for it, with the bytes parsed against the tree's, and the files given to ast-grep's CLI
(which parses each once more, in its own process). Counts, not times: they do not move with load.
Usage: python bench/parse_counts.py [TREE] [--in-process] (default: SQLAlchemy 2.0.36's lib/)
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import sys
import traceback
from collections import Counter
from pathlib import Path

from _common import add_json_option, record, sdist, write_json

_ROOT = str(Path(__file__).resolve().parent.parent / "postil") + "/"


class Parses:
    """Parses counted by the postil function asking (``site``), the bytes of each, and each text's count."""

    def __init__(self) -> None:
        self.by_site: Counter[str] = Counter()
        self.bytes_by_site: Counter[str] = Counter()
        self.by_text: Counter[bytes] = Counter()

    def note(self, kind: str, data: bytes) -> None:
        frames = [f for f in traceback.extract_stack(limit=12)[:-2] if f.filename.startswith(_ROOT)]
        where = f"{frames[-1].filename[len(_ROOT):]}:{frames[-1].name}" if frames else "elsewhere"
        self.by_site[f"{kind} {where}"] += 1
        self.bytes_by_site[f"{kind} {where}"] += len(data)
        self.by_text[hashlib.sha256(data).digest()] += 1


def counting(parses: Parses) -> None:
    """Count every parse from now on (before postil's modules import SgRoot by name)."""
    import ast_grep_py

    sg_root = ast_grep_py.SgRoot

    def counted_root(text: str, language: str):
        parses.note("ast-grep-py", text.encode("utf-8", "surrogatepass"))
        return sg_root(text, language)

    class CountedParser:
        def __init__(self, inner) -> None:
            self.inner = inner

        def parse(self, data, *args, **kwargs):
            if isinstance(data, bytes):
                parses.note("tree-sitter", data)
            return self.inner.parse(data, *args, **kwargs)

        def __getattr__(self, name: str):
            return getattr(self.inner, name)

    ast_grep_py.SgRoot = counted_root
    from postil.core import grammars

    parser = grammars.parser
    grammars.parser = lambda language: CountedParser(parser(language))


def sent_to_cli(given: list[int]) -> None:
    """Count the files each run of ast-grep's CLI is given (after `--`)."""
    from postil.analyzers.rules import bulk

    run = bulk._run_streaming

    def counted(command: list[str], *args, **kwargs):
        given.append(len(command) - command.index("--") - 1)
        return run(command, *args, **kwargs)

    bulk._run_streaming = counted


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("tree", nargs="?", type=Path)
    parser.add_argument("--in-process", action="store_true", help="the rules in this process, not ast-grep's CLI")
    add_json_option(parser)
    args = parser.parse_args()
    tree = (args.tree or sdist("sqlalchemy", "2.0.36") / "lib").resolve()
    tree_bytes = sum(p.stat().st_size for p in tree.rglob("*.py"))
    parses, given = Parses(), []
    counting(parses)
    sent_to_cli(given)
    from postil.cli import main as postil

    command = ["check", str(tree), "--no-cache", "--jobs", "1", "--exit-zero", "--format", "json"]
    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
        postil(command + ["--in-process"] * args.in_process)
    print(f"tree: {tree} ({tree_bytes:,} bytes of Python)")
    for site, count in parses.by_site.most_common():
        print(f"{count:6d} parses {parses.bytes_by_site[site] / 1e6:8.2f} MB  {site}")
    parsed = sum(parses.bytes_by_site.values())
    print(f"in this process: {sum(parses.by_text.values())} parses of {len(parses.by_text)} texts, "
          f"{parsed / 1e6:.2f} MB ({parsed / max(tree_bytes, 1):.2f}x the tree); texts parsed more than once: "
          f"{sum(1 for n in parses.by_text.values() if n > 1)}")
    print(f"given to ast-grep's CLI: {sum(given)} files in {len(given)} run(s)")
    record(tree=str(tree), tree_bytes=tree_bytes, in_process=args.in_process, by_site=dict(parses.by_site),
           bytes_by_site=dict(parses.bytes_by_site), parses=sum(parses.by_text.values()), texts=len(parses.by_text),
           cli_files=sum(given), cli_runs=len(given))
    write_json(args.json)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    main()
