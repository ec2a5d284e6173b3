"""Command-line entry for schema migrations."""
import argparse
import sys

from .migrations import apply_all, pending


def parse(argv):
    parser = argparse.ArgumentParser(prog="migrate")
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--target")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse(argv)
    todo = pending(args.target)
    if not todo:
        print("nothing to do")
        # expect: builtin-exit
        exit(0)
    if args.dry_run:
        for step in todo:
            print(step.name)
        # expect: builtin-exit
        exit()
    try:
        apply_all(todo)
    except RuntimeError as exc:
        print(f"migration failed: {exc}", file=sys.stderr)
        # expect: builtin-exit
        exit(2)
    return 0


def check():
    if pending(None):
        sys.exit("migrations pending")
    raise SystemExit(0)


if __name__ == "__main__":
    sys.exit(main())
