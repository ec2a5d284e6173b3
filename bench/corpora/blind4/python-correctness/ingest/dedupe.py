"""De-duplication of incoming records from the CRM export."""
from __future__ import annotations

import hashlib
import logging
from collections import OrderedDict, defaultdict
from typing import Iterable, Iterator

log = logging.getLogger(__name__)

DEFAULT_KEYS = ("email", "phone")


def fingerprint(record: dict, keys: tuple[str, ...] = DEFAULT_KEYS) -> str:
    parts = [str(record.get(k, "")).strip().lower() for k in keys]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def unique(records: Iterable[dict], seen: set = set()) -> Iterator[dict]:
    for record in records:
        fp = fingerprint(record)
        if fp in seen:
            continue
        # expect: mutable-default-mutated
        seen.add(fp)
        yield record


def unique_fresh(records: Iterable[dict], seen: set | None = None) -> Iterator[dict]:
    seen = set() if seen is None else seen
    for record in records:
        fp = fingerprint(record)
        if fp not in seen:
            seen.add(fp)
            yield record


def tag_records(records: list[dict], tags: list[str] = []) -> list[dict]:
    """Attach tags (read-only default: never mutated)."""
    return [{**r, "tags": sorted(set(r.get("tags", [])) | set(tags))} for r in records]


def group_by_domain(records: Iterable[dict], groups: dict = {}) -> dict:
    for record in records:
        domain = record.get("email", "@unknown").rsplit("@", 1)[-1]
        # expect: mutable-default-mutated
        groups.setdefault(domain, []).append(record)
    return groups


def merge_duplicates(records: list[dict]) -> list[dict]:
    merged: "OrderedDict[str, dict]" = OrderedDict()
    for record in records:
        fp = fingerprint(record)
        if fp in merged:
            for key, value in record.items():
                merged[fp].setdefault(key, value)
        else:
            merged[fp] = dict(record)
    return list(merged.values())


def drop_blank(records: list[dict]) -> list[dict]:
    for record in records:
        if not any(str(v).strip() for v in record.values()):
            # expect: mutate-while-iterating
            records.remove(record)
    return records


def drop_blank_fixed(records: list[dict]) -> list[dict]:
    return [r for r in records if any(str(v).strip() for v in r.values())]


def prune_fields(record: dict, allowed: frozenset[str]) -> dict:
    for key in record:
        if key not in allowed:
            # expect: mutate-while-iterating
            del record[key]
    return record


def prune_fields_fixed(record: dict, allowed: frozenset[str]) -> dict:
    for key in list(record):
        if key not in allowed:
            del record[key]
    return record


def normalise_values(record: dict) -> dict:
    # assigning to existing keys while iterating does not change the dict's size
    for key, value in record.items():
        if isinstance(value, str):
            record[key] = value.strip()
    return record


def counts_by_source(records: Iterable[dict]) -> dict[str, int]:
    counts: defaultdict[str, int] = defaultdict(int)
    for record in records:
        counts[record.get("source", "unknown")] += 1
    return dict(counts)
