"""Which rules cost a bulk scan's ast-grep the most instructions on a tree, most expensive first.

`postil check TREE` runs with its bulk scan's rules files and command kept (bench/bulk_costs.py);
then each kept ast-grep run is repeated on one thread under valgrind (cachegrind, no cache
simulation) with a parse-only document (every file parsed, nothing matched) plus a set of the
rule documents. A set's cost is that run's instructions minus the parse-only run's: its
rules' matching on the files they are sent to (`files` lists kept), their compilation included.
Each rule's documents go together (its `@language` and `@ascii-text` twins; the taint configs as
one group). The groups are measured in chunks, and a chunk costing more than ``--floor`` is
halved until each part is one rule or costs less: a tree of ~290 documents needs a few dozen
runs instead of one per rule (costs add up: the scan tries each rule on each node apart).
``--only ID ...`` measures the named rules alone (a rule's cost before and after a change), on
the files they are sent to when every document of theirs names its files (a much shorter run).
``--every K`` keeps every K-th file (a parse-only run of SQLAlchemy's lib/ is ~7.6 G instructions,
~1 minute under valgrind on a quiet machine).
Usage: python bench/rule_costs.py [TREE] [--every K] [--floor M] [--chunk N] [--top N] [--only ID ...]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from _common import sdist
from bulk_costs import documents, instructions, kept_runs, parse_only

from postil.analyzers.rules.bulk import TAINT_MATCH

_TAINT_CONFIGS = "(taint configs)"


def rule_of(doc: dict) -> str:
    """The rule a sent document belongs to: its id without the language and ASCII-twin suffixes."""
    return _TAINT_CONFIGS if doc["id"].startswith(TAINT_MATCH) else doc["id"].split("@")[0]


class Meter:
    """Instructions of one kept run's documents, net of parsing, each set measured once."""

    def __init__(self, run: Path, every: int, scratch: Path) -> None:
        self.run, self.every, self.scratch = run, every, scratch
        self.docs: dict[str, list[dict]] = {}
        sent = documents(run)
        for doc in sent:
            self.docs.setdefault(rule_of(doc), []).append(doc)
        self.parsing = [parse_only(language) for language in sorted({d["language"] for d in sent})]
        self.parse = instructions(run, self.parsing, every, scratch)
        self.runs = 1

    def cost(self, rules: list[str]) -> int:
        self.runs += 1
        sent = [doc for rule in rules for doc in self.docs[rule]]
        return instructions(self.run, self.parsing + sent, self.every, self.scratch) - self.parse

    def alone(self, rule: str) -> int:
        """The cost of one rule, measured on the files it is sent to only where it names them all."""
        sent = self.docs[rule]
        if any("files" not in doc for doc in sent):
            return self.cost([rule])
        paths = sorted({name for doc in sent for name in doc["files"]})
        self.runs += 2
        return (instructions(self.run, self.parsing + sent, self.every, self.scratch, paths)
                - instructions(self.run, self.parsing, self.every, self.scratch, paths))


def ranked(meter: Meter, chunk: int, floor: int) -> tuple[list[tuple[int, str]], list[tuple[int, list[str]]]]:
    """(cost, rule) of each rule measured alone, and (cost, rules) of the sets left below ``floor``."""
    singles, left = [], []
    pending = [(None, sorted(meter.docs)[i:i + chunk]) for i in range(0, len(meter.docs), chunk)]
    while pending:
        known, rules = pending.pop()
        cost = meter.cost(rules) if known is None else known
        if len(rules) == 1:
            singles.append((cost, rules[0]))
        elif cost < floor:
            left.append((cost, rules))
        else:
            half = len(rules) // 2
            first = meter.cost(rules[:half])
            pending += [(first, rules[:half]), (None, rules[half:])]
        print(f"  [{meter.runs} runs] {cost / 1e6:9,.0f} M  {len(rules):3} rule(s)  {rules[0]}", file=sys.stderr, flush=True)
    return sorted(singles, reverse=True), sorted(left, reverse=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("tree", nargs="?", type=Path)
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--floor", type=float, default=150, help="M instructions: a cheaper set is not split")
    parser.add_argument("--chunk", type=int, default=24)
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--only", nargs="+", metavar="ID")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    tree = args.tree or sdist("sqlalchemy", "2.0.36") / "lib"
    with tempfile.TemporaryDirectory(prefix="rule-costs-") as tmp:
        for run in kept_runs(tree, Path(tmp)):
            meter = Meter(run, args.every, Path(tmp) / "scratch")
            print(f"{run.name}: {sum(map(len, meter.docs.values()))} documents of {len(meter.docs)} rules; "
                  f"parsing {meter.parse / 1e6:,.0f} M instructions (every {args.every}. file)")
            if args.only:
                for rule in args.only:
                    cost = meter.alone(rule) if rule in meter.docs else None
                    print(f"  {'not sent' if cost is None else f'{cost / 1e6:9,.0f} M'}  {rule}")
                continue
            singles, left = ranked(meter, args.chunk, int(args.floor * 1e6))
            for cost, rule in singles[:args.top]:
                print(f"  {cost / 1e6:9,.0f} M  {rule}")
            print(f"  {sum(c for c, _ in left) / 1e6:9,.0f} M  in {len(left)} sets each below "
                  f"{args.floor:,.0f} M ({sum(len(r) for _, r in left)} rules); {meter.runs} runs")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
