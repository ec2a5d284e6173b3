"""Status checks of upstream services for the ops dashboard."""
import requests
from requests import get as http_get

UPSTREAMS = {"billing": "https://billing.internal/health", "search": "https://search.internal/health"}
DEFAULT_TIMEOUT = (3.05, 10)


def check(name):
    # expect: missing-timeout
    return requests.get(UPSTREAMS[name]).ok


def check_all():
    # expect: missing-timeout
    return {name: requests.head(url, allow_redirects=True).status_code for name, url in UPSTREAMS.items()}


class Notifier:
    def __init__(self, webhook):
        self.webhook = webhook

    def send(self, text):
        # expect: missing-timeout
        requests.post(
            self.webhook,
            json={"text": text},
        )


def restart(name):
    # expect: missing-timeout
    return http_get(UPSTREAMS[name].replace("/health", "/restart"))


def purge(name):
    # expect: missing-timeout
    requests.request("DELETE", UPSTREAMS[name].replace("/health", "/cache"))


def check_with_timeout(name):
    return requests.get(UPSTREAMS[name], timeout=DEFAULT_TIMEOUT).ok


def send_with_timeout(webhook, text):
    requests.post(webhook, json={"text": text}, timeout=5)
