# library: Python language (exit() vs sys.exit())
"""Command-line entry point of the importer."""
import argparse
import sys

from .importer import run_import


def main(argv=None):
    parser = argparse.ArgumentParser(prog="importer")
    parser.add_argument("path")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    try:
        count = run_import(args.path, dry_run=args.dry_run)
    except FileNotFoundError:
        print(f"no such file: {args.path}", file=sys.stderr)
        # expect: builtin-exit
        exit(2)
    if count == 0:
        print("nothing imported", file=sys.stderr)
        sys.exit(1)
    print(f"imported {count} rows")
    return 0


def check_config(cfg):
    if "dsn" not in cfg:
        # expect: builtin-exit
        quit("missing dsn")
    return cfg


if __name__ == "__main__":
    sys.exit(main())
