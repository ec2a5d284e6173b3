"""The ``subs`` command-line tool and the library functions it wraps."""
from __future__ import annotations

import argparse
import csv
import logging
import pdb
import sys
from pathlib import Path

from models.entities import Plan, Subscription, plan_from_string

log = logging.getLogger("subs")


def load_subscriptions(path: Path) -> list[Subscription]:
    if not path.exists():
        print(f"no such file: {path}", file=sys.stderr)
        # expect: sys-exit-in-library
        sys.exit(2)
    subs = []
    with path.open(newline="") as fh:
        for row in csv.DictReader(fh):
            subs.append(Subscription(int(row["customer_id"]), plan_from_string(row["plan"])))
    return subs


def seats_summary(subs: list[Subscription]) -> dict[str, int]:
    summary: dict[str, int] = {}
    for sub in subs:
        summary[sub.plan.value] = summary.get(sub.plan.value, 0) + sub.seats_used
    # expect: breakpoint-left
    breakpoint()
    return summary


def validate(subs: list[Subscription]) -> list[str]:
    problems = []
    for sub in subs:
        if sub.plan is Plan.FREE and sub.seats_used > 1:
            problems.append(f"customer {sub.customer_id}: free plan with {sub.seats_used} seats")
            # expect: debugger-left
            pdb.set_trace()
    return problems


def export(subs: list[Subscription], out: Path) -> None:
    if out.suffix != ".csv":
        # expect: sys-exit-in-library
        exit("output must be a .csv file")
    with out.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["customer_id", "plan", "seats"])
        for sub in subs:
            writer.writerow([sub.customer_id, sub.plan.value, sub.seats_used])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="subs")
    parser.add_argument("path", type=Path)
    parser.add_argument("--export", type=Path)
    parser.add_argument("--pdb", action="store_true", help="drop into the debugger on errors")
    args = parser.parse_args(argv)
    try:
        subs = load_subscriptions(args.path)
        for problem in validate(subs):
            print(problem)
        print(seats_summary(subs))
        if args.export:
            export(subs, args.export)
    except Exception:
        if args.pdb:
            pdb.post_mortem()
        raise
    return 0


if __name__ == "__main__":
    sys.exit(main())
