import ipaddress
import socket

import requests


def fetch_server_keys(server_name):
    # expect: ssrf
    return requests.get(f"https://{server_name}/_matrix/key/v2/server", timeout=10).json()


def fetch_server_keys_checked(server_name):
    host = server_name.split(":")[0]
    addresses = {info[4][0] for info in socket.getaddrinfo(host, 8448)}
    if any(not ipaddress.ip_address(a).is_global for a in addresses):
        raise ValueError("blocked address")
    return requests.get(f"https://{server_name}/_matrix/key/v2/server", timeout=10, allow_redirects=False).json()
