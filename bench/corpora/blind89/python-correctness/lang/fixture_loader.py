"""Load JSON fixtures into the staging database (run by the nightly job)."""
import argparse
import json
import logging
import pdb
import sys
import traceback
from pathlib import Path

import pdb as debugger

from .db import connect, upsert_rows

log = logging.getLogger(__name__)


def read_fixture(path: Path):
    with path.open(encoding="utf-8") as fh:
        data = json.load(fh)
    if not isinstance(data, list):
        # expect: leftover-debugger
        pdb.set_trace()
        raise ValueError(f"{path} does not hold a list of rows")
    return data


def load_table(conn, table, rows):
    try:
        return upsert_rows(conn, table, rows)
    except Exception:
        log.exception("upsert into %s failed", table)
        _, _, tb = sys.exc_info()
        # expect: leftover-debugger
        debugger.post_mortem(tb)
        raise


def validate(rows, schema):
    bad = [r for r in rows if set(r) - set(schema)]
    if bad:
        # expect: leftover-debugger
        pdb.Pdb(skip=["json.*"]).set_trace()
    return not bad


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("fixtures", nargs="+", type=Path)
    parser.add_argument("--dsn", required=True)
    args = parser.parse_args(argv)

    conn = connect(args.dsn)
    loaded = 0
    for path in args.fixtures:
        rows = read_fixture(path)
        try:
            loaded += load_table(conn, path.stem, rows)
        except Exception:
            traceback.print_exc()
            # expect: leftover-debugger
            pdb.pm()
            continue
    log.info("loaded %d rows from %d fixtures", loaded, len(args.fixtures))
    pdb_dump = Path("last_run.json")
    pdb_dump.write_text(json.dumps({"loaded": loaded}), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
