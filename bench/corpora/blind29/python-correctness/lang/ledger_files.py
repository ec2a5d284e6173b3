"""Appends entries to the ledger journal and rotates it."""
import json


def record(path, entry):
    journal = open(path, "r", encoding="utf-8")
    # expect: write-in-read-mode
    journal.write(json.dumps(entry) + "\n")
    journal.close()


def store_checkpoint(path, blob):
    with open(path, "rb") as fh:
        # expect: write-in-read-mode
        fh.write(blob)


def mark_closed(path):
    with open(path, encoding="utf-8") as fh:
        # expect: write-in-read-mode
        fh.write("# closed\n")


def rewrite(path, lines):
    with open(path, "r", encoding="utf-8") as fp:
        fp.readline()
        # expect: write-in-read-mode
        fp.writelines(lines)


def update_header(path, header):
    with open(path, "r+", encoding="utf-8") as fh:
        fh.seek(0)
        fh.write(header)


def append(path, entry):
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")


def read_entries(path):
    with open(path, "r", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]
