from urllib.parse import urlparse

import requests

TRUSTED_CONSUMER_HOSTS = {"heat.internal", "octavia.internal"}


def notify_consumer(url, container_id):
    # expect: ssrf
    requests.post(url, json={"event": "consumer.registered", "container": container_id}, timeout=10)


def notify_consumer_registered(url, container_id):
    if urlparse(url).hostname not in TRUSTED_CONSUMER_HOSTS:
        return
    requests.post(url, json={"event": "consumer.registered", "container": container_id}, timeout=10)
