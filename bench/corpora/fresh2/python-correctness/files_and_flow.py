"""Import/export of stock files."""
import csv
import logging
import tempfile
import subprocess

log = logging.getLogger(__name__)


def append_note(path, note):
    with open(path, "r") as fh:
        # expect: write-to-readonly-file
        fh.write(note + "\n")


def append_note_ok(path, note):
    with open(path, "a") as fh:
        fh.write(note + "\n")


def rewrite(path, rows):
    fh = open(path)
    # expect: write-to-readonly-file
    fh.writelines(rows)
    fh.close()


def read_rows(path):
    with open(path, newline="") as fh:
        return list(csv.reader(fh))


def check_positive(qty):
    try:
        # expect: swallowed-assert
        assert qty > 0, "quantity must be positive"
    except:
        pass
    return qty


def check_positive_logged(qty):
    try:
        assert qty > 0
    except AssertionError:
        log.warning("non-positive quantity %s", qty)
        raise


def parse_qty(text):
    try:
        return int(text)
    except ValueError:
        return 0


def export(rows, path):
    if not rows:
        return False
    with open(path, "w") as fh:
        fh.writelines(rows)
    return True
    # expect: unreachable
    log.info("exported %d rows", len(rows))


def validate(row):
    if row is None:
        raise ValueError("empty row")
        # expect: unreachable
        log.error("empty row")
    return row


def run_tool(data):
    with tempfile.NamedTemporaryFile("w", suffix=".csv") as tmp:
        tmp.write(data)
        # expect: tempfile-not-flushed
        subprocess.run(["csvlint", tmp.name], check=True)


def run_tool_ok(data):
    with tempfile.NamedTemporaryFile("w", suffix=".csv") as tmp:
        tmp.write(data)
        tmp.flush()
        subprocess.run(["csvlint", tmp.name], check=True)
