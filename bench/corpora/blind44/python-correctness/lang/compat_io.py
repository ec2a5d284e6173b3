"""I/O helpers for the agent; setup.cfg still declares python_requires >= 3.5."""
import http.client
import math
import os
# expect: version-compatibility
import importlib.resources


def open_stream(host, chunk):
    # expect: version-compatibility
    return http.client.HTTPConnection(host, 80, timeout=10, blocksize=chunk)


def phase(angle):
    # expect: version-compatibility
    return math.remainder(angle, 2 * math.pi)


def read_header(fd, buffers, offset):
    # expect: version-compatibility
    return os.preadv(fd, buffers, offset)


def patch_block(fd, data, offset):
    # expect: version-compatibility
    os.pwrite(fd, data, offset)


def patch_block_guarded(fd, data, offset):
    if hasattr(os, 'pwrite'):
        os.pwrite(fd, data, offset)
    else:
        os.lseek(fd, offset, os.SEEK_SET)
        os.write(fd, data)


def phase_portable(angle):
    return math.fmod(angle, 2 * math.pi)
