"""Imports bank statement exports and writes reconciliation reports."""
import csv
import json
from pathlib import Path


def read_statement(path: Path) -> list[dict]:
    # expect: unspecified-encoding
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def read_statement_utf8(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def write_report(path: Path, rows: list[dict]) -> None:
    # expect: unspecified-encoding
    with open(path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["date", "payee", "amount", "matched"])
        writer.writeheader()
        writer.writerows(rows)


def load_rules(path: Path) -> dict:
    # expect: unspecified-encoding
    with open(path, mode="r") as fh:
        return json.load(fh)


def load_rules_bytes(path: Path) -> dict:
    with open(path, "rb") as fh:
        return json.loads(fh.read().decode("utf-8"))


def archive_raw(src: Path, dest: Path) -> None:
    with open(src, "rb") as fin, open(dest, "wb") as fout:
        fout.write(fin.read())


def append_audit(path: Path, line: str) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(line.rstrip("\n") + "\n")


def payee_aliases(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
