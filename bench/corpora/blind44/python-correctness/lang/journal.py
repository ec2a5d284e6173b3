"""Append-only journal for the sync daemon."""
import json


def append_entry(path, entry):
    fh = open(path, "r", encoding="utf-8")
    # expect: write-in-read-mode
    fh.write(json.dumps(entry) + "\n")
    fh.close()


def stamp_header(path, header):
    with open(path, "rb") as blob:
        first = blob.read(4)
        if first != b"JRNL":
            # expect: write-in-read-mode
            blob.write(header)


class Journal:
    def __init__(self, path):
        self.path = path

    def truncate_marker(self, marker):
        with open(self.path, "r", encoding="utf-8") as f:
            lines = f.readlines()
            # expect: write-in-read-mode
            f.write(marker + "\n")
        return len(lines)


def append_entry_ok(path, entry):
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")


def patch_header(path, header):
    with open(path, "r+b") as blob:
        blob.seek(0)
        blob.write(header)
