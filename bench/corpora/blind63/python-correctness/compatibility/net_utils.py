"""Small networking and process helpers.

This package still declares ``python_requires=">=3.5"`` in setup.py and is tested on 3.5 and 3.6.
"""
import io
import ipaddress
import locale
import math
import multiprocessing
import os
import sys
from http.client import HTTPConnection as Conn
from math import remainder

PRIVATE_NETS = [ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")]


def force_utf8_stdout():
    # expect: version-compatibility
    sys.stdout.reconfigure(encoding="utf-8", errors="replace")


def force_utf8_stderr():
    if sys.version_info >= (3, 7):
        sys.stderr.reconfigure(encoding="utf-8")
    else:
        sys.stderr = io.TextIOWrapper(sys.stderr.buffer, encoding="utf-8")


def is_private(cidr):
    net = ipaddress.IPv4Network(cidr)
    # expect: version-compatibility
    return any(net.subnet_of(p) for p in PRIVATE_NETS)


def open_upstream(host, port=80):
    # expect: version-compatibility
    return Conn(host, port, timeout=5, blocksize=65536)


def phase(angle):
    # expect: version-compatibility
    return remainder(angle, 2 * math.pi)


def phase_legacy(angle):
    return math.fmod(angle, 2 * math.pi)


def price_label(amount):
    # expect: version-compatibility
    return locale.format_string("%.2f", amount, grouping=True, monetary=True)


def run_isolated(target, *args):
    proc = multiprocessing.Process(target=target, args=args)
    proc.start()
    proc.join(30)
    if proc.is_alive():
        proc.terminate()
    return proc.exitcode


def write_at(fd, data, offset):
    if hasattr(os, 'pwrite'):
        os.pwrite(fd, data, offset)
    else:
        os.lseek(fd, offset, os.SEEK_SET)
        os.write(fd, data)
