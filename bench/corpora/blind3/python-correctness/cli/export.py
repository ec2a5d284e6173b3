#!/usr/bin/env python3
"""Export invoices to CSV (run by finance from a cron job)."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path


def fetch(year: int) -> list[dict]:
    from inventory.stock import Ledger  # local import keeps start-up fast
    ledger = Ledger()
    return [{"sku": k, "qty": v, "year": year} for k, v in ledger.levels.items()]


def write(rows: list[dict], out: Path) -> int:
    with out.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["sku", "qty", "year"])
        w.writeheader()
        for row in rows:
            w.writerow(row)
    return len(rows)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("year", type=int)
    p.add_argument("-o", "--out", type=Path, default=Path("invoices.csv"))
    args = p.parse_args(argv)
    rows = fetch(args.year)
    if not rows:
        print("no invoices", file=sys.stderr)
        return 1
    n = write(rows, args.out)
    print(f"wrote {n} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
