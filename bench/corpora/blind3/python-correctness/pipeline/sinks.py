"""Output sinks for pipeline results."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path


class JsonLinesSink:
    def __init__(self, path: Path):
        self.path = path
        self.count = 0

    def write(self, rows: list[dict]) -> int:
        with self.path.open("a", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row) + "\n")
        self.count += len(rows)
        return len(rows)


class CsvSink:
    def __init__(self, path: Path, fields: list[str]):
        self.path = path
        self.fields = fields

    def write(self, rows: list[dict]) -> int:
        new = not self.path.exists()
        with self.path.open("a", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=self.fields, extrasaction="ignore")
            if new:
                w.writeheader()
            w.writerows(rows)
        return len(rows)


class GzipSink:
    def __init__(self, path: Path):
        self.path = path

    def write(self, rows: list[dict]) -> int:
        with gzip.open(self.path, "rt", encoding="utf-8") as fh:
            # expect: write-to-readonly-file
            fh.write("\n".join(json.dumps(r) for r in rows))
        return len(rows)

    def read(self) -> list[dict]:
        with gzip.open(self.path, "rt", encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
