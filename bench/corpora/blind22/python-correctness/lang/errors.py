"""Error handling in the billing importer."""
import logging

log = logging.getLogger(__name__)


class ImportFailed(Exception):
    pass


def parse_amount(text):
    try:
        return int(text)
    except ValueError:
        # expect: raise-non-exception
        raise "invalid amount: " + text


def parse_amount_ok(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ImportFailed(f"invalid amount: {text}") from exc


def import_file(path):
    # expect: file-not-closed
    fh = open(path)
    rows = fh.readlines()
    return [parse_amount_ok(r) for r in rows]


def import_file_ok(path):
    with open(path) as fh:
        return [parse_amount_ok(r) for r in fh]


def import_many(paths):
    done = []
    for p in paths:
        try:
            done.append(import_file_ok(p))
        except ImportFailed:
            log.exception("failed: %s", p)
        except OSError as exc:
            log.error("cannot read %s: %s", p, exc)
            raise
    return done
