from urllib.parse import urljoin

import requests

from .setting import Setting

PDNS_API_URL = "http://127.0.0.1:8081"
API_EXTENDED_URL = "/api/v1"


class Domain:
    def apply_records(self, domain_name, records):
        headers = {"X-API-Key": Setting().get("pdns_api_key") or ""}
        url = urljoin(PDNS_API_URL, f"{API_EXTENDED_URL}/servers/localhost/zones/{domain_name}")
        return requests.patch(url, headers=headers, json={"rrsets": records}, timeout=10)
