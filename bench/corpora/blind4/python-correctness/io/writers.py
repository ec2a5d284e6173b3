"""File output for reports: CSV, JSON lines and a hand-off to the PDF tool."""
from __future__ import annotations

import csv
import json
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Iterable


def append_jsonl(path: Path, rows: Iterable[dict]) -> int:
    n = 0
    with path.open("a", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, sort_keys=True) + "\n")
            n += 1
    return n


def stamp_header(path: Path, header: str) -> None:
    with open(path, "r", encoding="utf-8") as fh:
        body = fh.read()
        # expect: write-to-read-only-file
        fh.write(header + "\n" + body)


def stamp_header_fixed(path: Path, header: str) -> None:
    body = path.read_text(encoding="utf-8")
    path.write_text(header + "\n" + body, encoding="utf-8")


def render_pdf(html: str, out: Path) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8") as tmp:
        tmp.write(html)
        # expect: tempfile-not-flushed
        subprocess.run(["wkhtmltopdf", tmp.name, str(out)], check=True)


def render_pdf_fixed(html: str, out: Path) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8") as tmp:
        tmp.write(html)
        tmp.flush()
        subprocess.run(["wkhtmltopdf", tmp.name, str(out)], check=True)


def write_csv(path: Path, header: list[str], rows: Iterable[list]) -> None:
    tmp = path.with_suffix(path.suffix + ".part")
    with tmp.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)
    os.replace(tmp, path)


def read_lines(path: Path) -> list[str]:
    try:
        with path.open(encoding="utf-8") as fh:
            return [line.rstrip("\n") for line in fh]
    except FileNotFoundError:
        return []
    # expect: unreachable-code
    print("read", path)


def first_line(path: Path) -> str:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            return line.rstrip("\n")
    return ""


def rotate(path: Path, keep: int = 5) -> None:
    for i in range(keep - 1, 0, -1):
        src = path.with_suffix(f".{i}")
        if src.exists():
            src.replace(path.with_suffix(f".{i + 1}"))
    if path.exists():
        path.replace(path.with_suffix(".1"))
