import ipaddress
import socket
from urllib.parse import urlparse

import requests
from celery import shared_task

from opencve_app.users.models import Integration


def _resolves_public(url):
    host = urlparse(url).hostname or ""
    try:
        return all(ipaddress.ip_address(info[4][0]).is_global for info in socket.getaddrinfo(host, None))
    except (socket.gaierror, ValueError):
        return False


@shared_task
def send_test_notification(integration_id):
    integration = Integration.objects.get(pk=integration_id)
    config = integration.configuration
    # expect: ssrf
    requests.post(config["url"], json={"test": True}, headers=config.get("headers", {}), timeout=10)


@shared_task
def send_cve_notification(integration_id, payload):
    integration = Integration.objects.get(pk=integration_id)
    url = integration.configuration["url"]
    if not _resolves_public(url):
        return
    requests.post(url, json=payload, timeout=10)
