"""Command-line entry point of the schema migrator."""
import argparse
import signal
import sys

from migrator import MigrationError, apply_all, load_plan


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="migrate")
    parser.add_argument("plan")
    parser.add_argument("--dry-run", action="store_true")
    return parser.parse_args(argv)


def install_handlers():
    # expect: use-sys-exit
    signal.signal(signal.SIGTERM, lambda signum, frame: exit(143))


def main(argv=None):
    args = parse_args(argv)
    try:
        plan = load_plan(args.plan)
    except FileNotFoundError:
        # expect: use-sys-exit
        exit(f"plan not found: {args.plan}")
    if not plan.steps:
        print("nothing to do")
        # expect: use-sys-exit
        exit(0)
    try:
        apply_all(plan, dry_run=args.dry_run)
    except MigrationError as exc:
        print(exc, file=sys.stderr)
        # expect: use-sys-exit
        exit(code=2)
    return 0


def check_only(argv=None):
    from sys import exit

    args = parse_args(argv)
    exit(0 if load_plan(args.plan).steps else 1)


def abort(message):
    raise SystemExit(message)


if __name__ == "__main__":
    install_handlers()
    sys.exit(main())
