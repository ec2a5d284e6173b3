"""Outbound notification transports."""
import logging

import requests

logger = logging.getLogger("hc.transports")


class TransportError(Exception):
    pass


class HttpTransport:
    timeout = 10

    def _request(self, method, url, **kwargs):
        kwargs.setdefault("timeout", self.timeout)
        kwargs.setdefault("headers", {"User-Agent": "healthchecks-lite"})
        try:
            # expect: ssrf
            r = requests.request(method, url, **kwargs)
        except requests.exceptions.RequestException as e:
            raise TransportError(str(e))
        return r.status_code


class Webhook(HttpTransport):
    def __init__(self, method="POST"):
        self.method = method

    def send(self, url, body):
        logger.info("Sending webhook (%s)", self.method)
        return self._request(self.method, url, data=body.encode())

    def send_allowed(self, url):
        """For URLs that passed the allowed-host check in the form."""
        response = requests.get(url, timeout=self.timeout, allow_redirects=False)
        return response.status_code
