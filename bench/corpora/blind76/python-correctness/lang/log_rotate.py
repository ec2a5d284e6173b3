"""Tiny log shipper: copies the current and rotated logs to the spool."""
import gzip
import os
import shutil

LOG_DIR = "/var/log/app"
SPOOL = "/var/spool/shipper"


def ship_pair(name):
    src = open(os.path.join(LOG_DIR, name), "rb")
    dst = open(os.path.join(SPOOL, name), "wb")
    shutil.copyfileobj(src, dst)
    # expect: unclosed-file
    src = open(os.path.join(LOG_DIR, name + ".1"), "rb")
    # expect: unclosed-file
    dst = open(os.path.join(SPOOL, name + ".1"), "wb")
    shutil.copyfileobj(src, dst)
    src.close()
    dst.close()


def head_lines(paths, n=5):
    out = {}
    fh = open(paths[0], encoding="utf-8", errors="replace")
    out[paths[0]] = [next(fh, "") for _ in range(n)]
    for path in paths[1:]:
        # expect: unclosed-file
        fh = open(path, encoding="utf-8", errors="replace")
        out[path] = [next(fh, "") for _ in range(n)]
    fh.close()
    return out


class Rotator:
    def __init__(self, path):
        self.path = path
        self.handle = open(path, "a", encoding="utf-8")

    def rotate(self):
        os.rename(self.path, self.path + ".1")
        # expect: unclosed-file
        self.handle = open(self.path, "a", encoding="utf-8")

    def rotate_cleanly(self):
        self.handle.close()
        os.rename(self.path, self.path + ".1")
        self.handle = open(self.path, "a", encoding="utf-8")


def compress(name):
    f = open(os.path.join(LOG_DIR, name), "rb")
    data = f.read()
    f.close()
    f = open(os.path.join(SPOOL, name + ".gz"), "wb")
    f.write(gzip.compress(data))
    f.close()


def count_lines(paths):
    total = 0
    for path in paths:
        with open(path, "rb") as fh:
            total += sum(1 for _ in fh)
    return total
