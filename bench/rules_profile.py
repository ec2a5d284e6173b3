"""Where rule time goes: per-rule cost over a file or a tree, most expensive first.

Use it when writing rules: a rule should cost well under 1 ms on a 1,000-line file.
`--engine cli` measures what bulk scans pay instead: CPU seconds in ast-grep's
CLI (one thread, best of two), each rule repeated 32 times to rise above noise.
Usage: python bench/rules_profile.py PATH [--top 25] [--engine py|cli]
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from ast_grep_py import SgRoot

from postil.analyzers.languages import language_of
from postil.analyzers.rules.literal_prefilter import LiteralIndex, requirement_met
from postil.analyzers.rules.loader import builtin_rules
from postil.analyzers.rules.joined_matches import rule_matches


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
            rule_matches(rule, root)
            cost[rule.id] += time.perf_counter() - started
            runs[rule.id] += 1
    print(f"{len(files)} files; parse {parse * 1000:.1f} ms; rules {sum(cost.values()) * 1000:.1f} ms")
    for rule_id, seconds in cost.most_common(args.top):
        print(f"{seconds * 1000:9.2f} ms  {runs[rule_id]:5d} files  {rule_id}")


def profile_cli(rules, path: Path, top: int, copies: int = 32) -> None:
    """Each rule ``copies`` times in one ast-grep run (so its cost rises above run-to-run
    noise), minus a parse-only run, divided by ``copies``."""
    import json
    import resource
    import subprocess
    import tempfile

    from postil.analyzers.rules import bulk, bulk_documents

    files = [str(path)] if path.is_file() else sorted(str(p) for p in path.rglob("*") if language_of(p))
    languages = {language_of(f) for f in files}

    def cpu(docs: list[dict]) -> float:
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "rules").mkdir()
            (Path(tmp) / "rules" / "r.yml").write_text("\n---\n".join(map(json.dumps, docs)))
            (Path(tmp) / "sgconfig.yml").write_text("ruleDirs: [rules]\n")
            best = float("inf")
            for _ in range(2):
                before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
                subprocess.run([bulk.ast_grep_binary(), "scan", "-c", str(Path(tmp) / "sgconfig.yml"), "--json=stream",
                                "--threads", "1", *files], capture_output=True)
                best = min(best, resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime - before)
        return best

    def copied(rule) -> list[dict]:
        return [{**doc, "id": f"{doc['id']}#{i}"} for doc in bulk_documents.scan_documents([rule], languages)
                for i in range(copies)]

    parse_only = cpu([{"id": f"parse-only-{lang}", "language": lang, "rule": {"kind": "ERROR"}} for lang in languages])
    costs = sorted((((cpu(copied(r)) - parse_only) / copies, r.id) for r in rules if set(r.targets) & languages),
                   reverse=True)
    print(f"{len(files)} files; parse {parse_only:.2f} s CPU; rules {sum(c for c, _ in costs):.2f} s CPU "
          f"(each rule x{copies} in one run, minus parse, / {copies})")
    for seconds, rule_id in costs[:top]:
        print(f"{seconds * 1000:9.1f} ms  {rule_id}")


if __name__ == "__main__":
    main()
