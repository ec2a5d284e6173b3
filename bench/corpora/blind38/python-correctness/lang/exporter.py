"""Nightly CSV export."""
import csv
import os
import tempfile

PID_FILE = "/tmp/exporter.pid"


def write_pid():
    # expect: hardcoded-tmp-path
    with open("/tmp/exporter.pid", "w", encoding="ascii") as fh:
        fh.write(str(os.getpid()))


def export(rows, name):
    # expect: hardcoded-tmp-path
    with open(f"/tmp/{name}.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


def read_pid():
    # expect: hardcoded-tmp-path
    with open(PID_FILE, encoding="ascii") as fh:
        return int(fh.read())


class Cache:
    def __init__(self, name):
        self.path = os.path.join("/tmp", f"{name}.cache")

    def load(self):
        # expect: hardcoded-tmp-path
        with open(self.path, "rb") as fh:
            return fh.read()


def export_fixed(rows):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", delete=False, encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return fh.name


def export_to_tempdir(rows, name):
    path = os.path.join(tempfile.gettempdir(), f"{name}.csv")
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def load_fixture():
    with open("tmp/fixtures/rows.csv", encoding="utf-8") as fh:
        return list(csv.reader(fh))
