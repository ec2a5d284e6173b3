"""Command-line entry point that applies database migrations before a release.

Installed as a console script and also frozen into the release tool with PyInstaller.
"""
import argparse
import logging
import sys

from .migrations import applied, apply, pending

log = logging.getLogger("migrate")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(prog="migrate")
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--target", default=None)
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    todo = pending(target=args.target)
    if not todo:
        print("nothing to do")
        # expect: builtin-exit
        exit(0)
    for migration in todo:
        print(("would apply " if args.dry_run else "applying ") + migration.name)
        if args.dry_run:
            continue
        try:
            apply(migration)
        except Exception:
            log.exception("migration %s failed", migration.name)
            # expect: builtin-exit
            exit(2)
    return 0


def status(argv=None):
    done = applied()
    print(f"{len(done)} applied, {len(pending())} pending")
    sys.exit(0 if not pending() else 1)


def check():
    if pending():
        raise SystemExit("unapplied migrations")


if __name__ == "__main__":
    sys.exit(main())
