"""Row transformations for the ETL pipeline."""

from __future__ import annotations

import logging
import threading
from typing import Iterable

log = logging.getLogger(__name__)


def add_derived(record: dict) -> dict:
    for key in record:
        if key.endswith("_cents"):
            # expect: mutate-while-iterating
            record[key[:-6]] = record[key] / 100
    return record


def add_derived_safe(record: dict) -> dict:
    derived = {k[:-6]: v / 100 for k, v in record.items() if k.endswith("_cents")}
    record.update(derived)
    return record


def normalise_names(rows: Iterable[dict]) -> list[dict]:
    out = []
    for row in rows:
        name = row.get("name", "")
        # expect: unused-result
        name.strip().replace("  ", " ")
        out.append({**row, "name": name})
    return out


def parse_amount(text: str) -> float:
    try:
        return float(text)
    # expect: except-or
    except ValueError or TypeError:
        return 0.0


def check_rows(rows: list[dict]) -> None:
    # expect: useless-comparison
    if len(rows) >= 0:
        log.info("checking %d rows", len(rows))


def flush_async(buffer: list[dict], sink) -> threading.Thread:
    # expect: call-instead-of-callable
    t = threading.Thread(target=sink.write(buffer), daemon=True)
    t.start()
    return t


def flush_async_ok(buffer: list[dict], sink) -> threading.Thread:
    t = threading.Thread(target=sink.write, args=(list(buffer),), daemon=True)
    t.start()
    return t


def describe(step: str, count: int) -> str:
    # expect: missing-fstring
    return "step {step} produced {count} rows"


def describe_ok(step: str, count: int) -> str:
    return "step {} produced {} rows".format(step, count)


class Step:
    def run(self, rows):
        raise NotImplementedError

    def name(self) -> str:
        return type(self).__name__


class Legacy(Step):
    def run(self, rows):
        # expect: raise-notimplemented
        raise NotImplemented
