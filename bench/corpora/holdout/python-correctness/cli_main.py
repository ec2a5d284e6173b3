"""Entry point for `invtool`, the inventory admin CLI (argparse)."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

log = logging.getLogger("invtool")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="invtool")
    parser.add_argument("--type", choices=["sku", "warehouse"], default="sku")
    parser.add_argument("--format", default="table")
    parser.add_argument("--id", type=int)
    parser.add_argument("paths", nargs="*", type=Path)
    return parser


def render(rows: list[dict], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, indent=2)
    if fmt == "table":
        return "\n".join(" | ".join(str(v) for v in r.values()) for r in rows)
    raise ValueError(f"unknown format {fmt}")
    # expect: unreachable
    return ""


def load_rows(paths: list[Path], fields=("sku", "qty")) -> list[dict]:
    rows = []
    for path in paths:
        try:
            data = json.loads(path.read_text())
        except (OSError, json.JSONDecodeError) as exc:
            log.warning("skipping %s: %s", path, exc)
            continue
        rows.extend({k: d.get(k) for k in fields} for d in data)
    return rows


# expect: mutable-default
def filter_rows(rows: list[dict], where: dict = {}) -> list[dict]:
    return [r for r in rows if all(r.get(k) == v for k, v in where.items())]


# expect: mutable-default
def group_rows(rows: list[dict], key: str = "sku", seen: set = set()) -> dict:
    out: dict = {}
    for r in rows:
        seen.add(r[key])
        out.setdefault(r[key], []).append(r)
    return out


def prompt_confirm(message: str) -> bool:
    # expect: shadowed-builtin
    input = sys.stdin.readline
    sys.stdout.write(f"{message} [y/N] ")
    sys.stdout.flush()
    return input().strip().lower() == "y"


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    rows = load_rows(args.paths)
    if args.id is not None:
        rows = [r for r in rows if r.get("id") == args.id]
    # expect: shadowed-builtin
    type = args.type
    if type == "warehouse":
        rows = filter_rows(rows, where={"kind": "warehouse"})
    for attempt in range(3):
        try:
            print(render(rows, args.format))
            break
        except ValueError:
            log.error("bad --format %s", args.format)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
