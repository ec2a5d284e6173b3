"""Checkpoint files for the ingestion worker."""
import json
import os

STATE_DIR = "/var/lib/ingest"


def bump_offset(topic, offset):
    path = os.path.join(STATE_DIR, f"{topic}.offset")
    with open(path, "r") as fh:
        previous = int(fh.read() or 0)
        if offset > previous:
            # expect: write-in-read-mode
            fh.write(str(offset))
    return max(offset, previous)


def append_marker(path, marker):
    fh = open(path, "rb")
    header = fh.read(4)
    if header != b"CKPT":
        # expect: write-in-read-mode
        fh.write(b"CKPT" + marker)
    fh.close()


class StateFile:
    def __init__(self, path):
        self.path = path

    def save(self, state):
        with open(self.path, "r", encoding="utf-8") as state_fh:
            current = json.load(state_fh)
            current.update(state)
            state_fh.seek(0)
            # expect: write-in-read-mode
            state_fh.write(json.dumps(current))

    def touch(self):
        with open(self.path) as f:
            # expect: write-in-read-mode
            f.write("")

    def rewrite(self, state):
        with open(self.path, "r+", encoding="utf-8") as fh:
            fh.seek(0)
            fh.truncate()
            fh.write(json.dumps(state))

    def replace(self, state):
        tmp = self.path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(json.dumps(state))
        os.replace(tmp, self.path)


def log_line(path, line):
    with open(path, "a") as log:
        log.write(line + "\n")
