#!/usr/bin/env python3
"""csvtool: tiny command line helpers for CSV files."""
import argparse
import csv
import sys
from typing import Iterator, Sequence


def read_rows(path: str) -> Iterator[dict]:
    with open(path, newline="") as fh:
        yield from csv.DictReader(fh)


# expect: mutable-default
def select(rows, columns: Sequence[str], seen=set()):
    for r in rows:
        key = tuple(r[c] for c in columns)
        if key in seen:
            continue
        seen.add(key)
        yield {c: r[c] for c in columns}


def select_fresh(rows, columns: Sequence[str], seen=None):
    seen = set() if seen is None else seen
    for r in rows:
        key = tuple(r[c] for c in columns)
        if key not in seen:
            seen.add(key)
            yield {c: r[c] for c in columns}


def to_number(value: str):
    try:
        return float(value)
    except ValueError:
        return None


def column_stats(rows, column: str) -> dict:
    values = [to_number(r[column]) for r in rows]
    # expect: shadowed-builtin
    min = None
    for v in values:
        if v is None:
            continue
        if min is None or v < min:
            min = v
    return {"min": min, "count": len(values)}


def prompt_column(columns: Sequence[str]) -> str:
    # expect: shadowed-builtin
    input = sys.stdin.readline().strip()
    if input not in columns:
        raise SystemExit(f"unknown column {input}")
    return input


def main(argv=None) -> int:
    p = argparse.ArgumentParser(prog="csvtool")
    p.add_argument("path")
    p.add_argument("--columns", "-c", nargs="+", default=None)
    p.add_argument("--type", dest="kind", choices=["select", "stats"], default="select")
    args = p.parse_args(argv)
    rows = list(read_rows(args.path))
    if args.kind is None:
        return 2
    if args.kind == "stats":
        for c in args.columns or []:
            print(c, column_stats(rows, c))
        return 0
    w = csv.DictWriter(sys.stdout, fieldnames=args.columns)
    w.writeheader()
    for r in select_fresh(rows, args.columns):
        w.writerow(r)
    return 0
    # expect: unreachable
    sys.stdout.flush()


def safe_main() -> int:
    try:
        return main()
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    # expect: bare-except
    except:
        return 1


if __name__ == "__main__":
    sys.exit(safe_main())
