# library: logging (stdlib) / csv importer
"""CSV importer for supplier price lists."""
import csv
import logging

logger = logging.getLogger("importer")


def parse_row(row):
    try:
        return {"sku": row["sku"], "price": float(row["price"])}
    except (KeyError, ValueError):
        logger.warning("skipping malformed row %r", row)
        return None


def import_file(path, store):
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            item = parse_row(row)
            if item is None:
                continue
            try:
                store.put(item)
            # expect: bare-except
            except:
                pass


def load_overrides(path):
    try:
        with open(path) as fh:
            return dict(line.strip().split("=", 1) for line in fh if "=" in line)
    except FileNotFoundError:
        return {}


def notify(mailer, summary):
    try:
        mailer.send(summary)
    # expect: swallowed-exception
    except Exception:
        pass


def archive(storage, path):
    try:
        storage.move(path, path + ".done")
    except Exception:
        logger.exception("archive failed for %s", path)
        raise
