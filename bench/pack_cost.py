"""CPU time one built-in pack adds to the pattern-rule pass over a file.

The pattern rules (taint rules left out) run through postil's engine — literal prefilter, one
shared traversal — with and without the pack's rules, interleaved, and the medians of
``time.process_time`` are compared, so the figure holds on a loaded machine where wall time and
a rule-by-rule profile (bench/rules_profile.py) do not. Default file: the 1,000-line SQLAlchemy
module of bench/rules_file_time.py.
Usage: python bench/pack_cost.py PACK [FILE] [--runs N]   (PACK: a file name in packs/rules/, e.g. python-frameworks)
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from rules_file_time import thousand_line_file

from postil.analyzers.languages import language_of
from postil.analyzers.rules.engine import RuleSet, run_rules
from postil.analyzers.rules.loader import BUILTIN_PACKS, builtin_rules, load_yaml_documents


def pack_rule_ids(pack: str) -> set[str]:
    """The rule ids a built-in pack file declares."""
    docs, problems = load_yaml_documents(BUILTIN_PACKS / f"{pack}.yml")
    if problems:
        raise SystemExit(f"{pack}: {problems[0]}")
    return {doc["id"] for doc in docs if isinstance(doc, dict) and "id" in doc}


def cpu_ms(ruleset: RuleSet, text: str, language: str) -> float:
    """CPU milliseconds of one pattern pass over ``text``."""
    start = time.process_time()
    run_rules(ruleset, text, language, "bench.py", "bench.py")
    return (time.process_time() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pack")
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--runs", type=int, default=31)
    args = parser.parse_args()
    path = args.file or thousand_line_file()
    text, language = path.read_text(encoding="utf-8"), language_of(str(path))
    ids = pack_rule_ids(args.pack)
    pattern = [rule for rule in builtin_rules()[0] if rule.taint is None]
    with_pack, without = RuleSet.of(pattern), RuleSet.of([rule for rule in pattern if rule.id not in ids])
    timings: dict[str, list[float]] = {"with": [], "without": []}
    for ruleset in (with_pack, without):  # warm both (compiled rules, literal index)
        cpu_ms(ruleset, text, language)
    for _ in range(args.runs):
        timings["with"].append(cpu_ms(with_pack, text, language))
        timings["without"].append(cpu_ms(without, text, language))
    on, off = statistics.median(timings["with"]), statistics.median(timings["without"])
    print(f"file: {path} ({len(text.splitlines())} lines); {args.pack}: {len(ids)} rules")
    print(f"pattern pass, CPU median of {args.runs}: {on:.2f} ms with the pack, {off:.2f} ms without "
          f"(+{on - off:.2f} ms, x{on / off:.2f})")


if __name__ == "__main__":
    main()
