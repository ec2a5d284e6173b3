"""CPU cost of the JS/TS syntax check (postil.analyzers.syntax parses each file with tree-sitter to
find tokens the parser inserted) against the whole in-process check of the same files.

Usage: python bench/syntax_check_cost.py [DIR]  (default: npm's own lib/, ~140 .js files; any
directory of .js files will do). Prints CPU time (user+sys), median of 3 runs of the parse, 2 of
the check, and the share; say the load average beside it.
"""

from __future__ import annotations

import argparse
import resource
import statistics
from pathlib import Path

from postil.analyzers.checker import Checker
from postil.analyzers.syntax import tree_sitter_syntax_error
from postil.config import LoadedConfig, PostilConfig

DEFAULT = Path("/usr/lib/node_modules/npm/lib")


def cpu() -> float:
    """This process's CPU time so far (user + system), seconds."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT)
    args = parser.parse_args()
    files = sorted(args.directory.rglob("*.js"))[:150]
    if not files:
        raise SystemExit(f"{args.directory}: no .js files here; give a directory of JavaScript files")
    texts = [(path, path.read_text(encoding="utf-8", errors="replace")) for path in files]
    parse = []
    for _ in range(3):
        start = cpu()
        for _, text in texts:
            tree_sitter_syntax_error(text, "javascript")
        parse.append(cpu() - start)
    checker = Checker(LoadedConfig(PostilConfig(), None, args.directory))
    whole = []
    for _ in range(2):
        start = cpu()
        for path, text in texts:
            checker.check_text(path, text)
        whole.append(cpu() - start)
    lines = sum(text.count("\n") for _, text in texts)
    print(f"{len(texts)} files, {lines} lines: syntax parse {statistics.median(parse) * 1000:.0f} ms CPU, "
          f"whole check {statistics.median(whole) * 1000:.0f} ms CPU, "
          f"share {statistics.median(parse) / statistics.median(whole):.1%}")


if __name__ == "__main__":
    main()
