"""Where rule time goes: per-rule cost over a file or a tree, most expensive first.

Use it when writing rules: a rule should cost well under 1 ms on a 1,000-line file.
`--engine cli` measures what bulk scans pay instead: each rule alone through
ast-grep's CLI (one thread, CPU seconds, best of two) minus a parse-only run.
Usage: python bench/rules_profile.py PATH [--top 25] [--engine py|cli]
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
    parser.add_argument("--engine", choices=("py", "cli"), default="py")
    args = parser.parse_args()
    rules, _ = builtin_rules()
    if args.engine == "cli":
        profile_cli(rules, args.path, args.top)
        return
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


def profile_cli(rules, path: Path, top: int) -> None:
    import json
    import resource
    import subprocess

    from postil.analyzers.rules import bulk

    files = [str(path)] if path.is_file() else sorted(str(p) for p in path.rglob("*") if language_of(p))
    languages = {language_of(f) for f in files}

    def cpu(docs: list[dict]) -> float:
        best = float("inf")
        for _ in range(2):
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
            subprocess.run([bulk.ast_grep_binary(), "scan", "--inline-rules", "\n---\n".join(map(json.dumps, docs)),
                            "--json=stream", "--threads", "1", *files], capture_output=True)
            best = min(best, resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before)
        return best

    parse_only = cpu([{"id": "parse-only", "language": lang, "rule": {"kind": "ERROR"}}
                      for lang in languages])
    costs = sorted(((cpu(bulk._documents([r], languages)) - parse_only, r.id)
                    for r in rules if set(r.targets) & languages), reverse=True)
    print(f"{len(files)} files; parse {parse_only:.2f} s CPU; rules {sum(c for c, _ in costs):.2f} s CPU")
    for seconds, rule_id in costs[:top]:
        print(f"{seconds * 1000:9.1f} ms  {rule_id}")


if __name__ == "__main__":
    main()
