"""Splits exported ledgers and writes checksums next to them."""
import hashlib


def split_header(src, dst):
    f = open(src, encoding="utf-8")
    header = f.readline()
    # expect: file-not-closed
    f = open(dst, "w", encoding="utf-8")
    f.write(header)
    f.close()
    return header


def write_with_checksum(name, payload: bytes):
    out = open(name, "wb")
    out.write(payload)
    digest = hashlib.sha256(payload).hexdigest()
    # expect: file-not-closed
    out = open(name + ".sha256", "w", encoding="ascii")
    out.write(f"{digest}  {name}\n")
    out.close()


class RotatingLog:
    def __init__(self, path):
        self.path = path
        self.stream = None

    def rotate(self, suffix):
        self.stream = open(self.path, "a", encoding="utf-8")
        self.stream.write("rotating\n")
        # expect: file-not-closed
        self.stream = open(f"{self.path}.{suffix}", "a", encoding="utf-8")


def split_header_fixed(src, dst):
    f = open(src, encoding="utf-8")
    header = f.readline()
    f.close()
    f = open(dst, "w", encoding="utf-8")
    f.write(header)
    f.close()
    return header


def write_with_checksum_fixed(name, payload: bytes):
    with open(name, "wb") as out:
        out.write(payload)
    with open(name + ".sha256", "w", encoding="ascii") as out:
        out.write(f"{hashlib.sha256(payload).hexdigest()}  {name}\n")
