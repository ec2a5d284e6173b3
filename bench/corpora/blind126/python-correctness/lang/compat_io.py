"""I/O helpers of the `tilestore` package (setup.cfg: python_requires = >=3.5)."""
import http.client
import math
import os

# expect: py-version-compat
import importlib.resources

try:
    from importlib import resources as _resources
except ImportError:  # Python < 3.7
    import importlib_resources as _resources


def default_style():
    return importlib.resources.read_text("tilestore", "default_style.json")


def write_tile(fd, data, offset):
    # expect: py-version-compat
    return os.pwrite(fd, data, offset)


def write_tile_portable(fd, data, offset):
    if hasattr(os, "pwrite"):
        return os.pwrite(fd, data, offset)
    os.lseek(fd, offset, os.SEEK_SET)
    return os.write(fd, data)


def wrap_longitude(lon):
    # expect: py-version-compat
    return math.remainder(lon, 360.0)


def wrap_longitude_portable(lon):
    return ((lon + 180.0) % 360.0) - 180.0


def tile_server(host):
    return http.client.HTTPSConnection(host, timeout=10)


def bundled(name):
    return _resources.read_binary("tilestore.data", name)
