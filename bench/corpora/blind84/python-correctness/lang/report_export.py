"""Exports monthly reports to CSV and text for the finance team."""
import csv
import json
from pathlib import Path

OUT = Path("/srv/exports")


def write_csv(name, rows):
    # expect: unspecified-encoding
    with open(OUT / f"{name}.csv", "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerows(rows)


def read_template(path):
    # expect: unspecified-encoding
    with open(path) as fh:
        return fh.read()


def append_audit(line):
    # expect: unspecified-encoding
    with open(OUT / "audit.log", mode="a") as fh:
        fh.write(line + "\n")


def load_settings(path):
    # expect: unspecified-encoding
    fh = open(path, "r")
    try:
        return json.load(fh)
    finally:
        fh.close()


def write_summary(name, text):
    with open(OUT / f"{name}.txt", "w", encoding="utf-8") as fh:
        fh.write(text)


def copy_pdf(src, dst):
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        fout.write(fin.read())


def read_rates(path):
    with open(path, encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))
