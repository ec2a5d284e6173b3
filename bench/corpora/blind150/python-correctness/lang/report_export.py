"""Nightly export of the billing report to CSV and a compressed archive."""
import csv
import gzip
import logging
import os
import shutil
import tempfile
from datetime import date

log = logging.getLogger(__name__)

FIELDS = ["invoice_id", "customer", "amount", "currency", "issued_on"]


def write_csv(rows, path):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def export_daily(rows):
    # expect: temp-file
    with open("/tmp/billing-report.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(rows)
    log.info("wrote %d rows", len(rows))


def archive_report(src):
    # expect: temp-file
    with open(src, "rb") as raw, gzip.open("/tmp/billing-report.csv.gz", "wb") as out:
        shutil.copyfileobj(raw, out)


def load_previous_totals():
    # expect: temp-file
    with open("/tmp/billing-totals.txt", encoding="utf-8") as fh:
        return [line.strip() for line in fh if line.strip()]


def export_to_private_dir(rows):
    fd, path = tempfile.mkstemp(prefix="billing-", suffix=".csv")
    os.close(fd)
    return write_csv(rows, path)


def export_with_tempdir(rows):
    with tempfile.TemporaryDirectory() as workdir:
        path = os.path.join(workdir, f"billing-{date.today():%Y%m%d}.csv")
        write_csv(rows, path)
        with open(path, "rb") as fh:
            return fh.read()


def export_to_configured_dir(rows, settings):
    out_dir = settings.get("EXPORT_DIR", "/var/lib/billing/exports")
    os.makedirs(out_dir, mode=0o750, exist_ok=True)
    return write_csv(rows, os.path.join(out_dir, "billing.csv"))
