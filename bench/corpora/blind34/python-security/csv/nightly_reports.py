"""Nightly reports written to the shared drive for the finance team (opened in Excel)."""
import csv
import datetime
from pathlib import Path

REPORT_DIR = Path("/mnt/finance/reports")
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralize(cell):
    text = str(cell)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def write_refunds(refunds):
    path = REPORT_DIR / f"refunds-{datetime.date.today()}.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        # expect: csv-injection
        writer = csv.writer(fh)
        writer.writerow(["order", "customer", "reason"])
        for refund in refunds:
            writer.writerow([refund.order_id, refund.customer_name, refund.reason])


def write_reviews(reviews, fh):
    # expect: csv-injection
    out = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_MINIMAL)
    out.writerows((r.product, r.author, r.text) for r in reviews)


class LedgerReport:
    def __init__(self, fh):
        # expect: csv-injection
        self.writer = csv.writer(fh, dialect="excel")

    def add(self, entry):
        self.writer.writerow([entry.date, entry.memo, entry.amount])


def write_vendor_notes(vendors, fh):
    # expect: csv-injection
    csv.writer(fh, lineterminator="\n").writerows([v.name, v.note] for v in vendors)


def write_refunds_safely(refunds, fh):
    writer = csv.writer(fh, quoting=csv.QUOTE_ALL)
    for refund in refunds:
        writer.writerow([neutralize(refund.order_id), neutralize(refund.customer_name), neutralize(refund.reason)])


def read_rates(fh):
    return {row[0]: float(row[1]) for row in csv.reader(fh)}
