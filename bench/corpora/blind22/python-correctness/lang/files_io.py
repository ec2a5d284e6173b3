"""File helpers for the log shipper."""
import subprocess
import tempfile


def append_marker(path):
    with open(path, "r") as fh:
        # expect: write-to-read-only-file
        fh.write("--- rotated ---\n")


def append_marker_ok(path):
    with open(path, "a") as fh:
        fh.write("--- rotated ---\n")


def first_lines(paths):
    fh = open(paths[0])
    head = fh.readline()
    # expect: file-object-redefined
    fh = open(paths[1])
    head += fh.readline()
    fh.close()
    return head


def read_all(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def compress_batch(lines):
    tmp = tempfile.NamedTemporaryFile("w", suffix=".log")
    tmp.write("\n".join(lines))
    # expect: tempfile-not-flushed
    subprocess.run(["gzip", "-k", tmp.name], check=True)
    tmp.close()


def compress_batch_ok(lines):
    with tempfile.NamedTemporaryFile("w", suffix=".log") as tmp:
        tmp.write("\n".join(lines))
        tmp.flush()
        subprocess.run(["gzip", "-k", tmp.name], check=True)
