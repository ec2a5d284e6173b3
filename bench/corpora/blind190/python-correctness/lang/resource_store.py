"""Bundled data files and append-only segment writes for `tilecache`.

tilecache supports Python 3.6 and later (setup.cfg: python_requires = >=3.6); CI still runs 3.6 on the
old appliance image.
"""
import os
import sys

# expect: py-compat
import importlib.resources

try:
    from importlib import resources as _resources  # noqa: F401
except ImportError:  # Python 3.6
    _resources = None

PY37 = sys.version_info >= (3, 7)


def default_style():
    return importlib.resources.read_text("tilecache.data", "default_style.json")


def write_segment(fd, offset, payload):
    if hasattr(os, "pwrite"):
        return os.pwrite(fd, payload, offset)
    os.lseek(fd, offset, os.SEEK_SET)
    return os.write(fd, payload)


def write_header(fd, header):
    # expect: py-compat
    return os.pwrite(fd, header, 0)


def write_index(fd, chunks, offset):
    if hasattr(os, "pwritev"):
        return os.pwritev(fd, chunks, offset)
    os.lseek(fd, offset, os.SEEK_SET)
    return sum(os.write(fd, c) for c in chunks)


def read_segment(fd, offset, size):
    return os.pread(fd, size, offset)


def open_store(path):
    flags = os.O_RDWR | os.O_CREAT
    return os.open(path, flags, 0o644)
