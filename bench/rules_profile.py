"""Where rule time goes: per-rule cost over a file or a tree, most expensive first.

Use it when writing rules: a rule should cost well under 1 ms on a 1,000-line file.
Usage: python bench/rules_profile.py PATH [--language python] [--top 25]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from ast_grep_py import SgRoot

from postil.analyzers.languages import language_of
from postil.analyzers.rules.loader import LiteralIndex, builtin_rules, requirement_met


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=Path)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    rules, _ = builtin_rules()
    literals = LiteralIndex(rules)
    files = [args.path] if args.path.is_file() else sorted(p for p in args.path.rglob("*") if p.is_file())
    cost: Counter = Counter()
    runs: Counter = Counter()
    parse = 0.0
    for path in files:
        language = language_of(path)
        if language is None:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        started = time.perf_counter()
        root = SgRoot(text, language).root()
        parse += time.perf_counter() - started
        present = literals.present(text)
        for rule in rules:
            if language not in rule.targets or not requirement_met(rule.requirement, present):
                continue
            started = time.perf_counter()
            root.find_all(rule.config)
            cost[rule.id] += time.perf_counter() - started
            runs[rule.id] += 1
    print(f"{len(files)} files; parse {parse * 1000:.1f} ms; rules {sum(cost.values()) * 1000:.1f} ms")
    for rule_id, seconds in cost.most_common(args.top):
        print(f"{seconds * 1000:9.2f} ms  {runs[rule_id]:5d} files  {rule_id}")


if __name__ == "__main__":
    main()
