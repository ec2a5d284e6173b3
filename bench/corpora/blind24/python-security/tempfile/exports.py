"""CSV export of the ledger to temporary files before upload."""
import csv
import os
import tempfile


def export_rows(rows) -> str:
    fd, path = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(fd, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def export_rows_legacy(rows) -> str:
    # expect: temp-file
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def scratch_dir() -> str:
    return tempfile.mkdtemp(prefix="ledger-")


def lock_path() -> str:
    # expect: temp-file
    return tempfile.mktemp(prefix="ledger-", suffix=".lock", dir="/var/run/ledger")


def spool(rows):
    with tempfile.NamedTemporaryFile("w+", suffix=".csv", delete=False) as fh:
        csv.writer(fh).writerows(rows)
        return fh.name


def shared_drop(name: str) -> str:
    # expect: temp-file
    path = os.path.join("/tmp", name + ".csv")
    return path
