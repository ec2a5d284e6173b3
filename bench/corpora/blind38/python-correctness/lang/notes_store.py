"""Reads and writes the notes folder."""
import json
from pathlib import Path

NOTES_DIR = Path("notes")


def read_note(name):
    # expect: missing-encoding
    with open(NOTES_DIR / f"{name}.md") as fh:
        return fh.read()


def write_note(name, text):
    path = NOTES_DIR / f"{name}.md"
    # expect: missing-encoding
    with open(path, "w") as fh:
        fh.write(text)


def append_log(line):
    # expect: missing-encoding
    log = open("notes/activity.log", mode="a")
    log.write(line + "\n")
    log.close()


def load_index():
    # expect: missing-encoding
    with open(NOTES_DIR / "index.json", newline="") as fh:
        return json.load(fh)


class Exporter:
    def __init__(self, target):
        # expect: missing-encoding
        self.handle = open(target, "wt", buffering=1)

    def write(self, row):
        self.handle.write(row)


def read_attachment(name):
    with open(NOTES_DIR / "files" / name, "rb") as fh:
        return fh.read()


def read_note_fixed(name):
    with open(NOTES_DIR / f"{name}.md", encoding="utf-8") as fh:
        return fh.read()


def write_index(data):
    with open(NOTES_DIR / "index.json", "w", -1, "utf-8") as fh:
        json.dump(data, fh)
