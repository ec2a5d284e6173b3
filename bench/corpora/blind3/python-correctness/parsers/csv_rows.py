"""Parsing of partner CSV exports."""

from __future__ import annotations

import csv
import io
import re
import sys
from functools import lru_cache

HEADER = [
    "sku",
    "name",
    # expect: implicit-concat
    "price"
    "currency",
    "stock",
]

MESSAGE = (
    "The partner export is missing columns; "
    "check the export settings in their portal."
)

COLUMN_TYPES = {
    "sku": str,
    "price": float,
    "stock": int,
    # expect: duplicate-key
    "price": str,
}

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse(text: str) -> list[dict]:
    rows = []
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames != HEADER:
        # expect: exit-in-library
        sys.exit(MESSAGE)
    for raw in reader:
        rows.append({k: COLUMN_TYPES.get(k, str)(v) for k, v in raw.items()})
    return rows


@lru_cache(maxsize=32)
def rows_of(path: str):
    with open(path, encoding="utf-8") as fh:
        # expect: cached-generator
        return (line.rstrip("\n") for line in fh)


@lru_cache(maxsize=32)
def header_of(path: str) -> tuple[str, ...]:
    with open(path, encoding="utf-8") as fh:
        return tuple(next(csv.reader(fh)))


def normalise_sku(sku: str) -> str:
    # expect: regex-flag-as-count
    return re.sub(r"\s+", "-", sku, re.IGNORECASE).upper()


def is_date(value: str) -> bool:
    return bool(DATE.match(value))
