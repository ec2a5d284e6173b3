"""Data importers picked by name from a dict."""
import csv
import os

IMPORT_ROOT = "/var/lib/rotki/imports"


def import_cointracking(filepath):
    # expect: path-traversal
    with open(filepath, newline="") as f:
        return sum(1 for _ in csv.DictReader(f))


def import_nexo(filepath):
    name = os.path.basename(filepath)
    with open(os.path.join(IMPORT_ROOT, name), newline="") as f:
        return sum(1 for _ in csv.DictReader(f))


IMPORTERS = {
    "cointracking": import_cointracking,
    "nexo": import_nexo,
}
