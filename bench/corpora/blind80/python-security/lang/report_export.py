"""Export nightly reports to disk before they are mailed out."""
import csv
import json
import os
import tempfile
from pathlib import Path

REPORT_DIR = Path(os.environ.get("REPORT_DIR", "/var/lib/reports"))


def write_csv(rows):
    # expect: temp-file
    with open("/tmp/nightly_report.csv", "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerows(rows)
    return "/tmp/nightly_report.csv"


def write_json(report_id, payload):
    # expect: temp-file
    with open(f"/tmp/report-{report_id}.json", "w") as fh:
        json.dump(payload, fh)


def append_log(line):
    # expect: temp-file
    log = open("/tmp/report_export.log", "a")
    log.write(line + "\n")
    log.close()


def read_lock():
    try:
        # expect: temp-file
        with open("/tmp/report.lock") as fh:
            return int(fh.read().strip())
    except FileNotFoundError:
        return None


def write_csv_safely(rows):
    fd, path = tempfile.mkstemp(prefix="nightly_", suffix=".csv")
    with os.fdopen(fd, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def write_to_spool(name, payload):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(payload, fh)
    with open(REPORT_DIR / name, "w") as out:
        json.dump(payload, out)
    return fh.name
