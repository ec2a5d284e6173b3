import ipaddress
import socket
from urllib.parse import urlparse

import requests
from celery import shared_task

EXPORT_TIMEOUT = 10


def _is_public(url):
    host = urlparse(url).hostname or ""
    try:
        addr = ipaddress.ip_address(socket.gethostbyname(host))
    except (OSError, ValueError):
        return False
    return addr.is_global


@shared_task
def trigger_product_export(target_url, file_type, user_pk):
    payload = {"file_type": file_type, "requested_by": user_pk}
    # expect: ssrf
    requests.post(target_url, json=payload, timeout=EXPORT_TIMEOUT)


@shared_task
def trigger_product_export_checked(target_url, file_type, user_pk):
    if not _is_public(target_url):
        return
    requests.post(target_url, json={"file_type": file_type}, timeout=EXPORT_TIMEOUT)
