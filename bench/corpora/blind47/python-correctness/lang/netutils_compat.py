"""Network helpers shared by the agent.

The agent still supports Python 3.6 (``python_requires=">=3.6"``): older hosts run 3.6.
"""
import http.client
import importlib.util
import io
import ipaddress
import locale
import multiprocessing
import os


def fetch_large(host, path):
    # expect: version-compatibility
    conn = http.client.HTTPSConnection(host, timeout=30, blocksize=65536)
    conn.request("GET", path)
    return conn.getresponse().read()


def inside(network, parent):
    net = ipaddress.IPv4Network(network)
    # expect: version-compatibility
    return net.subnet_of(ipaddress.IPv4Network(parent))


def covers(prefix, candidate):
    # expect: version-compatibility
    return ipaddress.IPv6Network(prefix).supernet_of(ipaddress.IPv6Network(candidate))


def stop_worker(proc: multiprocessing.Process):
    proc.join(timeout=5)
    if proc.is_alive():
        # expect: version-compatibility
        proc.kill()


def write_chunks(fd, chunks, offset):
    # expect: version-compatibility
    return os.pwritev(fd, chunks, offset)


def write_chunks_guarded(fd, chunks, offset):
    if hasattr(os, 'pwritev'):
        return os.pwritev(fd, chunks, offset)
    os.lseek(fd, offset, os.SEEK_SET)
    return os.write(fd, b"".join(chunks))


def stop_worker_36(proc):
    proc.join(timeout=5)
    if proc.is_alive():
        proc.terminate()


def format_amount(value):
    return locale.format_string("%.2f", value, grouping=True)


def reopen_utf8(stream: io.TextIOWrapper):
    return io.TextIOWrapper(stream.buffer, encoding="utf-8")


def module_available(name):
    return importlib.util.find_spec(name) is not None
