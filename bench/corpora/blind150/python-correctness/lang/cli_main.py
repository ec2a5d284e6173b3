"""Command-line entry point of the backup tool."""
import argparse
import logging
import sys

from .backup import BackupError, run_backup, verify_backup

log = logging.getLogger("backup")


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="backup")
    parser.add_argument("command", choices=["run", "verify"])
    parser.add_argument("--target", required=True)
    parser.add_argument("--dry-run", action="store_true")
    return parser.parse_args(argv)


def cmd_run(args):
    try:
        run_backup(args.target, dry_run=args.dry_run)
    except BackupError as exc:
        log.error("backup failed: %s", exc)
        # expect: builtin-exit
        exit(1)
    return 0


def cmd_verify(args):
    ok = verify_backup(args.target)
    if not ok:
        log.error("verification failed for %s", args.target)
        # expect: builtin-exit
        exit(3)
    return 0


def ensure_python():
    if sys.version_info < (3, 9):
        print("python 3.9 or newer is required", file=sys.stderr)
        # expect: builtin-exit
        exit(2)


def main(argv=None):
    ensure_python()
    args = parse_args(argv if argv is not None else sys.argv[1:])
    if args.command == "run":
        return cmd_run(args)
    return cmd_verify(args)


def abort(message, code=1):
    log.error(message)
    sys.exit(code)


if __name__ == "__main__":
    sys.exit(main())
