import ipaddress
import socket
from urllib.parse import urlparse

import requests

from .. import safe_jinja


class FetchError(Exception):
    pass


def is_private_hostname(hostname):
    try:
        return not ipaddress.ip_address(socket.gethostbyname(hostname)).is_global
    except (OSError, ValueError):
        return True


class perform_site_check:
    def __init__(self, datastore, watch_uuid):
        self.datastore = datastore
        self.watch = datastore.get(watch_uuid)

    def call_browser(self):
        url = safe_jinja.render(self.watch.link)
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or is_private_hostname(parsed.hostname or ""):
            raise FetchError("URL not allowed")
        return requests.get(url, timeout=45, headers=self.watch.get("headers", {})).text

    def preview_fetch(self):
        url = self.watch.link
        # expect: ssrf
        return requests.get(url, timeout=45).text
