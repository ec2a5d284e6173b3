"""Small I/O and networking helpers.

setup.cfg still says python_requires = >=3.6 (the appliance images ship 3.6.8),
so everything here has to import and run on 3.6.
"""
import http.client
import ipaddress
import locale
import multiprocessing
import os
import sys

# expect: version-compatibility
import importlib.resources

try:
    import importlib.metadata as metadata
except ImportError:  # Python < 3.8
    import importlib_metadata as metadata

CHUNK = 256 * 1024


def force_utf8_console():
    # expect: version-compatibility
    sys.stdout.reconfigure(encoding="utf-8", errors="replace")


def open_upstream(host, port=443):
    # expect: version-compatibility
    return http.client.HTTPSConnection(host, port, timeout=30, blocksize=CHUNK)


def in_private_range(cidr, parent="10.0.0.0/8"):
    net = ipaddress.ip_network(cidr)
    # expect: version-compatibility
    return net.subnet_of(ipaddress.ip_network(parent))


def contains(parent, cidr):
    return ipaddress.ip_network(cidr).network_address in ipaddress.ip_network(parent)


def plain_number(amount):
    return locale.format_string("%.2f", amount, grouping=True)


def stop_worker(proc: multiprocessing.Process):
    proc.terminate()
    proc.join(5)
    if proc.is_alive():
        # expect: version-compatibility
        proc.kill()


def write_blocks(fd, buffers, offset):
    if hasattr(os, "pwritev"):
        return os.pwritev(fd, buffers, offset)
    os.lseek(fd, offset, os.SEEK_SET)
    return sum(os.write(fd, b) for b in buffers)


def append_blocks(fd, buffers, offset):
    # expect: version-compatibility
    return os.pwritev(fd, buffers, offset)


def package_version():
    return metadata.version("appliance-tools")


def bundled_text(name):
    return importlib.resources.read_text("appliance_tools.data", name)
