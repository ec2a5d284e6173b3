# library: Python language (file handles)
"""Merges two CSV exports into one report."""
import csv


def merge_reports(first, second, out_path):
    fh = open(first, newline="")
    rows = list(csv.reader(fh))
    # expect: resource-leak
    fh = open(second, newline="")
    rows += list(csv.reader(fh))[1:]
    fh.close()
    with open(out_path, "w", newline="") as out:
        csv.writer(out).writerows(rows)


def merge_reports_safe(first, second, out_path):
    with open(first, newline="") as fh:
        rows = list(csv.reader(fh))
    with open(second, newline="") as fh:
        rows += list(csv.reader(fh))[1:]
    with open(out_path, "w", newline="") as out:
        csv.writer(out).writerows(rows)


def header_of(path):
    fh = open(path, newline="")
    header = next(csv.reader(fh))
    fh.close()
    fh = open(path, newline="")
    count = sum(1 for _ in fh) - 1
    fh.close()
    return header, count
