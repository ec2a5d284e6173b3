"""Nightly export job writing intermediate files."""
import csv
import json
import os
import tempfile
from pathlib import Path

# expect: temp-file
LOCK_FILE = "/tmp/export.lock"
# expect: temp-file
SCRATCH = Path("/tmp") / "export-scratch"


def acquire_lock():
    if os.path.exists(LOCK_FILE):
        raise RuntimeError("export already running")
    with open(LOCK_FILE, "w") as fh:
        fh.write(str(os.getpid()))


def write_rows(rows):
    SCRATCH.mkdir(exist_ok=True)
    # expect: temp-file
    with open("/tmp/export-rows.csv", "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerows(rows)


def write_manifest(meta):
    # expect: temp-file
    Path(f"/tmp/manifest-{meta['day']}.json").write_text(json.dumps(meta))


def write_rows_safe(rows):
    # safe: private temp directory
    with tempfile.TemporaryDirectory(prefix="export-") as tmp:
        path = Path(tmp) / "rows.csv"
        with path.open("w", newline="") as fh:
            csv.writer(fh).writerows(rows)
        return path.stat().st_size


def spool(data: bytes):
    # safe: SpooledTemporaryFile
    with tempfile.SpooledTemporaryFile(max_size=1 << 20) as fh:
        fh.write(data)
        fh.seek(0)
        return fh.read()
