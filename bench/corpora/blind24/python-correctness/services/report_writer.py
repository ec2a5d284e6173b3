"""Writes monthly reports."""
import json
import tempfile


def write_report(data: dict, path: str) -> None:
    with open(path, "w") as fh:
        json.dump(data, fh)


def append_line(path: str, line: str) -> None:
    # expect: write-to-read-only-file
    with open(path, "r") as fh:
        fh.write(line + "\n")


def spool(data: dict, upload) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".json") as tmp:
        json.dump(data, tmp)
        # expect: tempfile-not-flushed
        upload(tmp.name)


def spool_flushed(data: dict, upload) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".json") as tmp:
        json.dump(data, tmp)
        tmp.flush()
        upload(tmp.name)


# expect: mutable-default
def totals(rows, acc={}):
    for r in rows:
        acc[r["k"]] = acc.get(r["k"], 0) + r["v"]
    return acc
