"""Builds the weekly KPI report."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

KPIS = {
    "revenue": "sum",
    "orders": "count",
    "aov": "mean",
    "refunds": "sum",
    # expect: duplicate-key
    "orders": "sum",
}


def write_report(rows: list[dict], out_dir: Path) -> Path:
    path = out_dir / "kpi.json"
    with open(path, "r", encoding="utf-8") as fh:
        previous = json.load(fh)
    previous.update({"rows": rows})
    with open(path, "r+", encoding="utf-8") as fh:
        fh.seek(0)
        json.dump(previous, fh)
        fh.truncate()
    return path


def append_log(line: str, path: Path) -> None:
    with path.open("r") as fh:
        # expect: write-to-readonly-file
        fh.write(line + "\n")


def render_to_tool(rows: list[dict]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".json") as tmp:
        json.dump(rows, tmp)
        # expect: tempfile-not-flushed
        return os.popen(f"kpi-render {tmp.name}").read()


def render_to_tool_flushed(rows: list[dict]) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".json") as tmp:
        json.dump(rows, tmp)
        tmp.flush()
        return os.popen(f"kpi-render {tmp.name}").read()


def sort_rows(rows: list[dict]) -> list[dict]:
    # expect: none-assignment
    rows = rows.sort(key=lambda r: r["week"])
    return rows


def sorted_rows(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: r["week"])


def totals(rows: list[dict]) -> dict[str, float]:
    out: dict[str, float] = {}
    for row in rows:
        for k, v in row.items():
            if k in KPIS:
                out[k] = out.get(k, 0) + v
    return out
