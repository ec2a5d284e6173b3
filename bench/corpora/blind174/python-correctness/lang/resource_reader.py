"""Loads bundled templates and data files.

The package still supports Python 3.6 (see setup.cfg: python_requires = >=3.6),
because the appliance images ship with it.
"""
import math
import os
import sys

try:
    from importlib import resources as _resources
except ImportError:  # Python 3.6
    import importlib_resources as _resources

if sys.version_info >= (3, 7):
    from importlib.resources import read_text
else:
    from importlib_resources import read_text


def template(name):
    return read_text("reportkit.templates", name)


def template_names():
    return [n for n in _resources.contents("reportkit.templates") if n.endswith(".j2")]


def page_offset(total_rows, per_page):
    # expect: compat-version
    leftover = math.remainder(total_rows, per_page)
    return int(leftover) if leftover >= 0 else int(leftover + per_page)


def append_block(fd, data, offset):
    if hasattr(os, "pwrite"):
        return os.pwrite(fd, data, offset)
    os.lseek(fd, offset, os.SEEK_SET)
    return os.write(fd, data)


def read_block(fd, buffers, offset):
    # expect: compat-version
    return os.preadv(fd, buffers, offset)


def page_count(total_rows, per_page):
    return math.ceil(total_rows / per_page)
