"""REST client for remote Xray nodes."""
import logging

import requests

logger = logging.getLogger(__name__)

RELEASES_URL = "https://api.github.com/repos/XTLS/Xray-core/releases/latest"


class ReSTXRayNode:
    def __init__(self, address, api_port):
        self.address = address
        self.api_port = api_port
        self.session = requests.Session()

    @property
    def base_url(self):
        return f"https://{self.address}:{self.api_port}"

    def connect(self):
        # expect: ssrf
        resp = self.session.post(self.base_url + "/connect", json={}, timeout=10)
        resp.raise_for_status()
        return resp.json()

    def latest_core_version(self):
        resp = self.session.get(RELEASES_URL, timeout=10)
        return resp.json().get("tag_name")

    def disconnect(self):
        self.session.close()
