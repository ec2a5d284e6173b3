"""Exports of customer-entered ledger data for finance (opened in spreadsheets)."""
import csv
import io
import sys
from csv import writer as csv_writer

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    text = str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def export_entries(entries, path):
    with open(path, "w", newline="") as fh:
        # expect: csv-injection
        out = csv.writer(fh)
        out.writerow(["date", "payee", "memo", "amount"])
        for e in entries:
            out.writerow([e.date.isoformat(), e.payee, e.memo, e.amount])


def export_to_string(entries):
    buf = io.StringIO()
    # expect: csv-injection
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL)
    w.writerows([e.payee, e.memo] for e in entries)
    return buf.getvalue()


class VendorSheet:
    def __init__(self, response):
        self.response = response

    def write(self, vendors):
        # expect: csv-injection
        sheet = csv.writer(self.response, lineterminator="\n")
        for v in vendors:
            sheet.writerow([v.name, v.contact_note])


def dump_comments(comments):
    # expect: csv-injection
    csv.writer(sys.stdout).writerows([c.author, c.body] for c in comments)


def export_safe(entries, path):
    with open(path, "w", newline="") as fh:
        out = csv.writer(fh, quoting=csv.QUOTE_ALL)
        for e in entries:
            out.writerow([neutralise(e.payee), neutralise(e.memo), e.amount])


def export_via_alias(rows, fh):
    w = csv_writer(fh, quoting=csv.QUOTE_ALL)
    w.writerows([[neutralise(c) for c in row] for row in rows])


def read_back(path):
    with open(path, newline="") as fh:
        return list(csv.reader(fh))
