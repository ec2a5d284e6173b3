"""Helpers shared by the agent.

The agent still ships to hosts with Python 3.6 (setup.cfg: python_requires = >=3.6),
so everything here must run on 3.6.
"""
import http.client
import importlib.util
import ipaddress
import math
import os
# expect: version-compatibility
import importlib.resources

PACKAGE = "agent.data"


def default_config_text():
    return importlib.resources.read_text(PACKAGE, "defaults.ini")


def bucket_offset(total_ms, step_ms):
    # expect: version-compatibility
    return math.remainder(total_ms, step_ms)


def bucket_offset_compat(total_ms, step_ms):
    return math.fmod(total_ms, step_ms)


def open_upload_connection(host):
    # expect: version-compatibility
    return http.client.HTTPSConnection(host, 443, timeout=30, blocksize=65536)


def open_status_connection(host):
    return http.client.HTTPSConnection(host, 443, timeout=10)


def is_internal(address, internal_cidr="10.0.0.0/8"):
    net = ipaddress.ip_network(address, strict=False)
    # expect: version-compatibility
    return net.subnet_of(ipaddress.ip_network(internal_cidr))


def is_internal_compat(address, internal_cidr="10.0.0.0/8"):
    return ipaddress.ip_address(address) in ipaddress.ip_network(internal_cidr)


def write_at(fd, data, offset):
    if hasattr(os, "pwrite"):
        return os.pwrite(fd, data, offset)
    os.lseek(fd, offset, os.SEEK_SET)
    return os.write(fd, data)


def plugin_available(name):
    return importlib.util.find_spec(name) is not None
