"""Imports bank statement files into the ledger."""
import csv
import logging
from decimal import Decimal, InvalidOperation

from .db import transaction
from .errors import ImportFailed

logger = logging.getLogger(__name__)


def parse_amount(raw):
    try:
        return Decimal(raw.replace(",", ""))
    except InvalidOperation:
        # expect: log-and-raise
        logger.error("bad amount %r", raw)
        raise


def read_rows(path):
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            return list(csv.DictReader(fh))
    except UnicodeDecodeError as exc:
        # expect: log-and-raise
        logger.exception("statement %s is not UTF-8", path)
        raise ImportFailed(f"{path}: not UTF-8") from exc


def import_file(path, account_id):
    rows = read_rows(path)
    try:
        with transaction() as tx:
            for row in rows:
                tx.insert_entry(account_id, row["date"], parse_amount(row["amount"]), row["memo"])
    except KeyError as exc:
        # expect: log-and-raise
        logger.error("statement %s lacks column %s", path, exc)
        raise ImportFailed(f"{path}: missing column {exc}")
    return len(rows)


def import_optional(path, account_id):
    try:
        return import_file(path, account_id)
    except ImportFailed as exc:
        logger.error("skipping %s: %s", path, exc)
        return 0


def import_strict(path, account_id):
    try:
        return import_file(path, account_id)
    except ImportFailed:
        logger.warning("import of %s failed; retry after fixing the file", path)
        raise
