"""Entry point of the `invsim` command."""

from __future__ import annotations

import argparse
import pdb
import sys

from inventory.stock import Ledger


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="invsim")
    p.add_argument("--days", type=int, default=30)
    p.add_argument("--pdb", action="store_true", help="drop into the debugger on error")
    return p


def simulate(days: int) -> Ledger:
    ledger = Ledger()
    for day in range(days):
        ledger.restock(f"sku-{day % 7}", 10 - day % 5)
        # expect: debugger
        breakpoint()
    return ledger


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        ledger = simulate(args.days)
    except Exception:
        if args.pdb:
            pdb.post_mortem()
        raise
    print(ledger.report(tuple(sorted(ledger.levels))))
    return 0


def summary(ledger: Ledger) -> str:
    total = sum(ledger.levels.values())
    return f"{len(ledger.levels)} skus, {total} units"
    # expect: unreachable
    print("done")


if __name__ == "__main__":
    sys.exit(main())
