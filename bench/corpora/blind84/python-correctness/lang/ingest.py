"""Ingests partner drops (CSV, tarballs) into the staging area."""
import csv
import io
import logging
import tarfile
import tempfile

log = logging.getLogger(__name__)


def count_rows(path):
    # expect: unclosed-file
    fh = open(path, newline="", encoding="utf-8")
    return sum(1 for _ in csv.reader(fh)) - 1


def read_manifest(path):
    # expect: unclosed-file
    stream = io.open(path, "r", encoding="utf-8")
    return [line.strip() for line in stream if line.strip()]


def list_archive(path):
    # expect: unclosed-file
    tar = tarfile.open(path, "r:gz")
    return [m.name for m in tar.getmembers() if m.isfile()]


def spool_upload(chunks):
    # expect: unclosed-file
    tmp = tempfile.NamedTemporaryFile(suffix=".csv", delete=False)
    for chunk in chunks:
        tmp.write(chunk)
    return tmp.name


def header(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return next(csv.reader(fh))


def append_log(path, line):
    fh = open(path, "a", encoding="utf-8")
    try:
        fh.write(line + "\n")
    finally:
        fh.close()


def checksum_lines(path):
    fh = open(path, encoding="utf-8")
    total = sum(len(line) for line in fh)
    fh.close()
    return total


def extract_names(path):
    with tarfile.open(path, "r:gz") as tar:
        return tar.getnames()
