import asyncio
import csv
import json
import logging
import time
from pathlib import Path

import httpx

logger = logging.getLogger("pipeline")

# expect: duplicate-key
FIELD_MAP = {"id": "external_id", "name": "title", "desc": "description", "name": "display_name"}

# expect: implicit-concat
HEADERS = ["external_id", "title", "description", "price", "currency" "updated_at"]

OK_HEADERS = ["external_id", "title",
              "description", "price"]


def read_rows(path: Path, defaults={"currency": "EUR"}):
    with path.open(newline="") as fh:
        for row in csv.DictReader(fh):
            for key, value in defaults.items():
                row.setdefault(key, value)
            yield row


def enrich(row, tags=[]):
    if row.get("featured"):
        # expect: mutable-default
        tags.append("featured")
    row["tags"] = tags
    row["first_seen"] = time.time()
    return row


def clean(rows: list[dict]) -> list[dict]:
    for row in rows:
        for k, v in row.items():
            if v == "":
                # expect: mutate-while-iterating
                row.pop(k)
    return rows


def clean_ok(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in row.items() if v != ""} for row in rows]


async def upload(rows: list[dict], url: str) -> int:
    sent = 0
    async with httpx.AsyncClient(timeout=30) as client:
        for chunk in (rows[i:i + 100] for i in range(0, len(rows), 100)):
            r = await client.post(url, json=chunk)
            if r.status_code == 429:
                # expect: sync-sleep-in-async
                time.sleep(float(r.headers.get("Retry-After", "1")))
                r = await client.post(url, json=chunk)
            r.raise_for_status()
            sent += len(chunk)
    return sent


async def upload_all(batches, url):
    results = await asyncio.gather(*(upload(b, url) for b in batches))
    return sum(results)


def write_report(path: Path, summary: dict) -> None:
    fh = open(path, "r")
    # expect: write-to-readonly-file
    json.dump(summary, fh)
    fh.close()


def run(path: Path, url: str) -> int:
    rows = [enrich(r) for r in read_rows(path)]
    rows = clean(rows)
    try:
        count = asyncio.run(upload(rows, url))
    except httpx.HTTPError:
        logger.exception("upload failed")
        raise
    return count
    # expect: unreachable
    logger.info("uploaded %d rows", count)
