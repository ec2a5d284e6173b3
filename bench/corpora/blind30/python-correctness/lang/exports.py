"""CSV exports for the accounting team."""
import csv
import io
import os
import tempfile
from pathlib import Path

EXPORT_DIR = Path(os.environ.get("EXPORT_DIR", "/var/lib/exports"))


def export_invoices(rows):
    # expect: hardcoded-tmp-path
    with open("/tmp/invoices.csv", "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return "/tmp/invoices.csv"


def export_to_dir(rows):
    path = EXPORT_DIR / "invoices.csv"
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def export_temp(rows):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="") as fh:
        csv.writer(fh).writerows(rows)
        return fh.name


class LedgerExport:
    LOCK_FILE = "/tmp/ledger-export.lock"

    def __init__(self, period):
        self.period = period

    def acquire(self):
        # expect: hardcoded-tmp-path
        self.lock = open(self.LOCK_FILE, "x")

    def write(self, rows):
        # expect: hardcoded-tmp-path
        with io.open(f"/tmp/ledger-{self.period}.csv", mode="w", encoding="utf-8") as fh:
            csv.writer(fh).writerows(rows)


def append_audit(line):
    # expect: hardcoded-tmp-path
    with open(
        "/tmp/export-audit.log",
        "a",
        encoding="utf-8",
    ) as fh:
        fh.write(line + "\n")


def export_in_tempdir(rows):
    with tempfile.TemporaryDirectory() as tmp:
        target = os.path.join(tmp, "bundle.csv")
        with open(target, "w", newline="") as fh:
            csv.writer(fh).writerows(rows)
        return Path(target).read_bytes()
