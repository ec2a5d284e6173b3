"""ProcessUrl one-shot analytics: fetches the observable URL."""
import ipaddress
import socket
from urllib.parse import urlparse

import requests


class ProcessUrl:
    def _public(self, host):
        return all(ipaddress.ip_address(a[4][0]).is_global for a in socket.getaddrinfo(host, None))

    def each(self, observable):
        url = observable.value
        if not url.startswith(("http://", "https://")):
            url = "http://" + url
        # expect: ssrf
        response = requests.get(url, allow_redirects=False, timeout=15)
        return {"status": response.status_code}

    def head_checked(self, observable):
        host = urlparse(observable.value).hostname or ""
        if host and self._public(host):
            return requests.head(observable.value, timeout=15).status_code
        return None
