"""Cached report helpers used by the dashboard."""

import functools
import json
import tempfile
from functools import lru_cache


@functools.lru_cache(maxsize=128)
def region_rows(region):
    with open(f"/srv/reports/{region}.jsonl") as fh:
        for line in fh:
            # expect: cached-generator
            yield json.loads(line)


@lru_cache(maxsize=32)
def region_totals(region):
    totals = {}
    with open(f"/srv/reports/{region}.jsonl") as fh:
        for line in fh:
            row = json.loads(line)
            totals[row["sku"]] = totals.get(row["sku"], 0) + row["qty"]
    return totals


def iter_rows(region):
    with open(f"/srv/reports/{region}.jsonl") as fh:
        yield from fh


def append_note(path, note):
    with open(path) as fh:
        # expect: write-to-read-only-file
        fh.write(note + "\n")


def append_note_properly(path, note):
    with open(path, "a") as fh:
        fh.write(note + "\n")


def read_header(path):
    with open(path, "rb") as fh:
        return fh.read(64)


def stamp(path, stamp_text):
    with open(path, "r") as src:
        content = src.read()
        # expect: write-to-read-only-file
        src.write(stamp_text)
    return content


def export_for_tool(rows, run_tool):
    tmp = tempfile.NamedTemporaryFile("w", suffix=".json")
    json.dump(rows, tmp)
    # expect: tempfile-not-flushed
    return run_tool(tmp.name)


def export_for_tool_flushed(rows, run_tool):
    with tempfile.NamedTemporaryFile("w", suffix=".json") as tmp:
        json.dump(rows, tmp)
        tmp.flush()
        return run_tool(tmp.name)


def test_totals_are_positive():
    try:
        assert all(v >= 0 for v in region_totals("eu").values())
    # expect: swallowed-exception
    except Exception:
        pass
