"""Exports ledger entries to text formats for the accountants."""
import csv
import json
from pathlib import Path


def read_chart_of_accounts(path):
    # expect: unspecified-encoding
    with open(path) as fh:
        return json.load(fh)


def write_summary(path, lines):
    # expect: unspecified-encoding
    with open(path, "w") as out:
        out.write("\n".join(lines))


def append_audit(path, message):
    # expect: unspecified-encoding
    with open(path, mode="a") as log:
        log.write(message + "\n")


class CsvExporter:
    def __init__(self, target: Path):
        self.target = target

    def export(self, rows):
        # expect: unspecified-encoding
        with open(self.target, "w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerows(rows)


def write_summary_utf8(path, lines):
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(lines))


def read_archive(path):
    with open(path, "rb") as fh:
        return fh.read()


def read_settings(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def read_text(path: Path):
    return path.read_text(encoding="utf-8")
