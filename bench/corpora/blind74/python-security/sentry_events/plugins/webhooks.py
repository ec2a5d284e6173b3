"""Webhooks plugin: posts issue alerts to configured URLs."""
import logging
from urllib.parse import urlparse

import requests
from django.conf import settings

logger = logging.getLogger("sentry.plugins.webhooks")
ALLOWED_WEBHOOK_HOSTS = set(getattr(settings, "SENTRY_WEBHOOK_ALLOWED_HOSTS", ()))


def split_urls(value):
    if not value:
        return ()
    return [u.strip() for u in value.replace(",", "\n").splitlines() if u.strip()]


class WebHooksPlugin:
    slug = "webhooks"
    timeout = 10

    def send_test(self, urls, payload):
        results = {}
        for url in urls:
            try:
                # expect: ssrf
                results[url] = requests.post(url, json=payload, timeout=self.timeout).status_code
            except requests.RequestException as exc:
                results[url] = str(exc)
        return results

    def send_test_allowed(self, urls, payload):
        results = {}
        for url in urls:
            if urlparse(url).hostname not in ALLOWED_WEBHOOK_HOSTS:
                results[url] = "host not allowed"
                continue
            results[url] = requests.post(url, json=payload, timeout=self.timeout).status_code
        return results
