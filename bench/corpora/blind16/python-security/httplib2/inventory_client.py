# library: httplib2
import json

import certifi
import httplib2

INVENTORY = "https://inventory.internal.example.com"


def list_hosts():
    http = httplib2.Http(timeout=10, ca_certs=certifi.where())
    resp, content = http.request(f"{INVENTORY}/hosts", "GET")
    return json.loads(content)


def list_racks():
    # expect: tls-verify-off
    http = httplib2.Http(timeout=10, disable_ssl_certificate_validation=True)
    resp, content = http.request(f"{INVENTORY}/racks", "GET")
    return json.loads(content)


def list_vlans():
    http = httplib2.Http(timeout=10, ca_certs="/etc/pki/internal-ca.pem")
    resp, content = http.request(f"{INVENTORY}/vlans", "GET")
    return json.loads(content)


class LegacyClient:
    def __init__(self):
        # expect: tls-verify-off
        self.http = httplib2.Http(cache=".cache", disable_ssl_certificate_validation=True)

    def get(self, path):
        resp, content = self.http.request(INVENTORY + path, "GET")
        return json.loads(content)
