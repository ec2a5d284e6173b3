"""Nightly CSV importer for the CRM."""
import argparse
import csv
import logging
import pdb
import sys

log = logging.getLogger(__name__)


def parse_row(row: dict) -> dict:
    try:
        return {"email": row["email"].strip().lower(), "score": int(row["score"])}
    except (KeyError, ValueError):
        # expect: debugger-left-in
        pdb.set_trace()
        raise


def load(path: str) -> list:
    with open(path, newline="", encoding="utf-8") as fh:
        rows = [parse_row(r) for r in csv.DictReader(fh)]
    # expect: debugger-left-in
    breakpoint()
    return rows


class Importer:
    def __init__(self, client):
        self.client = client

    def push(self, rows: list) -> None:
        for row in rows:
            try:
                self.client.upsert(row)
            except Exception:
                log.exception("upsert failed for %s", row["email"])
                # expect: debugger-left-in
                pdb.post_mortem()

    def push_one(self, row: dict) -> None:
        # expect: debugger-left-in
        pdb.Pdb(skip=["logging.*"]).runcall(self.client.upsert, row)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("csv")
    parser.add_argument("--pdb", action="store_true", help="drop into the debugger on failure")
    args = parser.parse_args(argv)
    try:
        rows = load(args.csv)
    except Exception:
        if args.pdb:
            pdb.post_mortem()
        log.exception("import failed")
        return 1
    log.info("loaded %d rows", len(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
