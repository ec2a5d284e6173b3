"""Network helpers; this package still supports Python 3.6."""
import http.client
import ipaddress
import math
import os

# expect: python-version-compat
import importlib.resources


def open_conn(host):
    # expect: python-version-compat
    return http.client.HTTPSConnection(host, timeout=10, blocksize=65536)


def inside(net_a, net_b):
    a = ipaddress.IPv4Network(net_a)
    # expect: python-version-compat
    return a.subnet_of(ipaddress.IPv4Network(net_b))


def write_at(fd, data, offset):
    if hasattr(os, "pwrite"):
        return os.pwrite(fd, data, offset)
    os.lseek(fd, offset, os.SEEK_SET)
    return os.write(fd, data)


def open_conn_compat(host):
    return http.client.HTTPSConnection(host, timeout=10)


def wrap(x, y):
    return math.fmod(x, y)
