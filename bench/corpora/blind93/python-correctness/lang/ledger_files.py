"""Append and rewrite operations on the local ledger files."""
import json
import os


def append_entry(path, entry):
    fh = open(path, "r")
    # expect: write-read-mode
    fh.write(json.dumps(entry) + "\n")
    fh.close()


def stamp_header(path, header):
    with open(path, "rb") as f:
        original = f.read()
        f.seek(0)
        # expect: write-read-mode
        f.write(header.encode() + original)


def mark_processed(path):
    with open(path, "r", encoding="utf-8") as ledger:
        lines = ledger.readlines()
        # expect: write-read-mode
        ledger.write("# processed %d\n" % len(lines))


def rewrite(path, entries):
    with open(path, "r+", encoding="utf-8") as fh:
        fh.seek(0)
        fh.write("\n".join(json.dumps(e) for e in entries))
        fh.truncate()


def append_safe(path, entry):
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")


def copy_ledger(src, dst):
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        fout.write(fin.read())
    os.chmod(dst, 0o600)
