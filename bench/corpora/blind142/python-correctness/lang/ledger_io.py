"""Reads and updates the local ledger and its state file."""
import json


def append_entry(path, line):
    # expect: wrong-file-mode
    with open(path, "r") as fh:
        fh.write(line + "\n")


def append_entry_fixed(path, line):
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(line + "\n")


def stamp_log(log_path, stamp):
    fd = open(log_path, "rb")
    header = fd.read(16)
    # expect: wrong-file-mode
    fd.write(stamp)
    fd.close()
    return header


def save_state(state_file, state):
    with open(state_file, "r", encoding="utf-8") as f:
        previous = json.load(f)
        previous.update(state)
        f.seek(0)
        # expect: wrong-file-mode
        f.write(json.dumps(previous))


def save_state_fixed(state_file, state):
    with open(state_file, "r+", encoding="utf-8") as f:
        previous = json.load(f)
        previous.update(state)
        f.seek(0)
        f.write(json.dumps(previous))
        f.truncate()


def copy_ledger(src, dst):
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        fout.write(fin.read())
