"""Custom admin forms: import rows from a CSV file at a URL."""
import csv
import io
import logging

import httpx

logger = logging.getLogger(__name__)

PINNED_SOURCES = {
    "countries": "https://raw.githubusercontent.com/datasets/country-list/main/data.csv",
}


async def _load_rows(url):
    async with httpx.AsyncClient(timeout=20) as client:
        # expect: ssrf
        resp = await client.get(url)
    return list(csv.DictReader(io.StringIO(resp.text)))


async def run_import_form(cruds, data):
    rows = await _load_rows(data["csv_url"])
    return await cruds[data["table"]].insert_many(rows)


async def run_import_form_pinned(cruds, data):
    url = PINNED_SOURCES[data["dataset"]]
    async with httpx.AsyncClient(timeout=20) as client:
        resp = await client.get(url)
    rows = list(csv.DictReader(io.StringIO(resp.text)))
    return await cruds[data["table"]].insert_many(rows)
