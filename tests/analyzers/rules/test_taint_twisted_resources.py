"""A Twisted resource's `render_POST(self, request)` serves a request even where it reads it only
through a getter of another module (Sydent's `get_args(request, ...)` of `utils.py`): the helper
it hands a field to is reported at its own sink, as for a Flask view (issue 31). A helper that
first resolves the host and refuses private addresses for every one of them (`if any(not
ip_address(a).is_global for a in addresses): raise`, `if not all(...)`) stays quiet; one that
fetches when *any* address is public does not."""

from __future__ import annotations

from test_taint_modules import check, repository

UTILS = '''import json


def get_args(request, required):
    args = json.loads(request.content.read())
    return {name: args[name] for name in required}
'''

FEDERATION = '''import ipaddress
import socket

import requests


def fetch_server_keys(server_name):
    return requests.get(f"https://{server_name}/_matrix/key/v2/server", timeout=10).json()


def fetch_server_keys_checked(server_name):
    host = server_name.split(":")[0]
    addresses = {info[4][0] for info in socket.getaddrinfo(host, 8448)}
    if any(not ipaddress.ip_address(a).is_global for a in addresses):
        raise ValueError("blocked address")
    return requests.get(f"https://{server_name}/_matrix/key/v2/server", timeout=10).json()


def fetch_server_keys_all_public(server_name):
    if not all(ipaddress.ip_address(i[4][0]).is_global for i in socket.getaddrinfo(server_name, 443)):
        raise ValueError("private host")
    return requests.get(f"https://{server_name}/_matrix/key/v2/server", timeout=10).json()


def fetch_server_keys_one_public(server_name):
    if any(ipaddress.ip_address(i[4][0]).is_global for i in socket.getaddrinfo(server_name, 443)):
        return requests.get(f"https://{server_name}/_matrix/key/v2/server", timeout=10).json()
    return None
'''

SERVLETS = '''from twisted.web.resource import Resource

from .federation import (fetch_server_keys, fetch_server_keys_all_public, fetch_server_keys_checked,
                         fetch_server_keys_one_public)
from .utils import get_args


class RegisterServlet(Resource):
    isLeaf = True

    def render_POST(self, request):
        args = get_args(request, ("matrix_server_name",))
        server = args["matrix_server_name"]
        return {"keys": fetch_server_keys(server), "checked": fetch_server_keys_checked(server),
                "public": fetch_server_keys_all_public(server), "one": fetch_server_keys_one_public(server)}
'''


def test_a_twisted_resource_feeds_the_helpers_it_calls_and_resolved_address_checks_hold(tmp_path):
    root = repository(tmp_path / "sydent", {"sydent/__init__.py": "", "sydent/utils.py": UTILS,
                                            "sydent/federation.py": FEDERATION, "sydent/servlets.py": SERVLETS})
    assert check(root, "sydent/federation.py") == {(8, "python/security/tainted-ssrf"),
                                                  (27, "python/security/tainted-ssrf")}


def test_a_resource_file_that_reads_no_request_feeds_nothing(tmp_path):
    plain = SERVLETS.replace("    def render_POST(self, request):", "    def post_args(self, request):")
    root = repository(tmp_path / "sydent", {"sydent/__init__.py": "", "sydent/utils.py": UTILS,
                                            "sydent/federation.py": FEDERATION, "sydent/servlets.py": plain})
    assert check(root, "sydent/federation.py") == set()
