"""Reads access logs and rotated archives for the nightly traffic report."""
import gzip
import io
import json
import tarfile
import tempfile
from pathlib import Path


def count_lines(path):
    # expect: resource-leak
    fh = open(path, encoding="utf-8", errors="replace")
    return sum(1 for _ in fh)


def read_config(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def first_request(path):
    fh = open(path, encoding="utf-8")
    try:
        return fh.readline().strip()
    finally:
        fh.close()


def archive_members(path):
    # expect: resource-leak
    archive = tarfile.open(path, "r:gz")
    return [m.name for m in archive.getmembers() if m.isfile()]


def decompress(path):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return fh.read()


def spool_report(rows):
    # expect: resource-leak
    tmp = tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False)
    for row in rows:
        tmp.write(",".join(str(v) for v in row) + "\n")
    tmp.flush()
    return tmp.name


def buffer_report(rows):
    buf = io.StringIO()
    for row in rows:
        buf.write(",".join(str(v) for v in row) + "\n")
    return buf.getvalue()


def sizes(directory):
    return {p.name: p.stat().st_size for p in Path(directory).glob("*.log")}


def head(path, n=10):
    f = open(path, encoding="utf-8")
    lines = [next(f, "") for _ in range(n)]
    f.close()
    return lines
