import ipaddress
import socket
from urllib.parse import urlparse

import requests


class MirrorStage:
    def __init__(self, xom, user, index, ixconfig):
        self.xom = xom
        self.user = user
        self.index = index
        self.ixconfig = ixconfig

    @property
    def mirror_url(self):
        url = self.ixconfig.get("mirror_url") or "https://pypi.org/simple/"
        return url if url.endswith("/") else url + "/"

    def fetch_simple_page(self, project):
        # expect: ssrf
        return requests.get(self.mirror_url + project + "/", timeout=self.xom.config.request_timeout)

    def fetch_simple_page_public(self, project):
        host = urlparse(self.mirror_url).hostname or ""
        if not ipaddress.ip_address(socket.gethostbyname(host)).is_global:
            raise ValueError("mirror_url must be a public host")
        return requests.get(self.mirror_url + project + "/", timeout=self.xom.config.request_timeout)
