"""Command-line entry point of the importer."""
import argparse
import asyncio
import logging
import sys

from .importer import ImportError_, run_import, run_import_async

log = logging.getLogger("importer")


def parse(argv):
    parser = argparse.ArgumentParser(prog="importer")
    parser.add_argument("source")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    if not args.source.endswith((".csv", ".jsonl")):
        parser.exit(2, "unsupported source format\n")
    return args


def main(argv=None):
    args = parse(argv)
    try:
        count = run_import(args.source, dry_run=args.dry_run)
    except FileNotFoundError:
        log.error("source %s not found", args.source)
        # expect: use-sys-exit
        exit(2)
    except ImportError_ as exc:
        # expect: use-sys-exit
        exit(f"import failed: {exc}")
    if count == 0:
        sys.exit(1)
    log.info("imported %d rows", count)
    return 0


async def amain(sources):
    results = await asyncio.gather(*(run_import_async(s) for s in sources), return_exceptions=True)
    failures = [r for r in results if isinstance(r, Exception)]
    if failures:
        # expect: use-sys-exit
        exit(len(failures))


def check_python():
    if sys.version_info < (3, 9):
        print("Python 3.9+ required", file=sys.stderr)
        # expect: use-sys-exit
        exit()


def interactive_abort(reason):
    log.warning("aborting: %s", reason)
    raise SystemExit(3)


if __name__ == "__main__":
    check_python()
    sys.exit(main())
