"""Reads and writes the plain-text notes store."""
import json
from pathlib import Path

NOTES_DIR = Path("/var/lib/notes")


def read_note(name):
    # expect: missing-encoding
    with open(NOTES_DIR / f"{name}.txt") as fh:
        return fh.read()


def write_note(name, text):
    path = NOTES_DIR / f"{name}.txt"
    # expect: missing-encoding
    with open(path, "w") as fh:
        fh.write(text)


def append_log(line):
    # expect: missing-encoding
    log = open(NOTES_DIR / "changes.log", mode="a")
    log.write(line + "\n")
    log.close()


class IndexFile:
    def __init__(self, path):
        self.path = path

    def load(self):
        # expect: missing-encoding
        with open(self.path, "rt") as fh:
            return json.load(fh)


def read_attachment(name):
    with open(NOTES_DIR / "attachments" / name, "rb") as fh:
        return fh.read()


def write_index(path, entries):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(entries, fh)


def read_summary(name):
    with open(NOTES_DIR / f"{name}.summary", encoding="utf-8") as fh:
        return fh.read()
