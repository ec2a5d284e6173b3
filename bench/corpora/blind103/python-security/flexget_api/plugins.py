import ipaddress
import socket
import subprocess
from urllib.parse import urlparse

import requests


def entry_exec(entry, command_template):
    command = command_template % {"title": entry["title"], "url": entry["url"]}
    # expect: command-injection
    return subprocess.call(command, shell=True)


def entry_exec_argv(entry, program):
    return subprocess.call([program, "--title", entry["title"], "--", entry["url"]])


def _public(host):
    return all(ipaddress.ip_address(info[4][0]).is_global for info in socket.getaddrinfo(host, None))


def download_entry(entry):
    # expect: ssrf
    return requests.get(entry["url"], timeout=30).content


def download_entry_checked(entry):
    parsed = urlparse(entry["url"])
    if parsed.scheme not in ("http", "https") or not _public(parsed.hostname or ""):
        raise ValueError("refusing private address")
    return requests.get(entry["url"], timeout=30, allow_redirects=False).content
