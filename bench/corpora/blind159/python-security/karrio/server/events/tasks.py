"""Background (huey) tasks notifying webhook subscribers."""
import ipaddress
import logging
import socket
from urllib.parse import urlparse

import requests
from huey.contrib.djhuey import db_task

from karrio.server.events import models
from karrio.server.manager.models import Tracking

logger = logging.getLogger(__name__)


def _is_public_https(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.hostname:
        return False
    address = ipaddress.ip_address(socket.gethostbyname(parsed.hostname))
    return address.is_global


@db_task()
def notify_webhook_subscribers(event: str, tracker_id: str, org_id: str):
    tracker = Tracking.objects.get(pk=tracker_id)
    payload = {"event": event, "data": {"id": tracker.id, "status": tracker.status}}
    for webhook in models.Webhook.objects.filter(org_id=org_id, disabled=False):
        if event not in webhook.enabled_events and "all" not in webhook.enabled_events:
            continue
        try:
            # expect: ssrf
            requests.post(webhook.url, json=payload, headers={"karrio-event": event}, timeout=10)
        except requests.RequestException as exc:
            logger.warning("webhook %s failed: %s", webhook.id, exc)


@db_task()
def send_test_event(webhook_id: str):
    webhook = models.Webhook.objects.get(pk=webhook_id)
    if not _is_public_https(webhook.url):
        logger.warning("refusing to post to %s", webhook.url)
        return
    requests.post(webhook.url, json={"event": "ping"}, timeout=10)
