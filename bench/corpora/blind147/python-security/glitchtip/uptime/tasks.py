"""Uptime monitors: users register URLs, a periodic task checks them."""
import ipaddress
import logging
import socket
from urllib.parse import urlparse

import requests
from celery import shared_task

from .models import Monitor, MonitorCheck

logger = logging.getLogger(__name__)
WEBHOOK_TIMEOUT = 10


def _is_public(url):
    host = urlparse(url).hostname or ""
    try:
        addr = ipaddress.ip_address(socket.gethostbyname(host))
    except (OSError, ValueError):
        return False
    return addr.is_global


@shared_task
def perform_checks(monitor_ids):
    for monitor in Monitor.objects.filter(pk__in=monitor_ids):
        try:
            # expect: ssrf
            resp = requests.get(monitor.url, timeout=monitor.timeout or 20)
            up = resp.status_code == (monitor.expected_status or 200)
        except requests.RequestException:
            up = False
        MonitorCheck.objects.create(monitor=monitor, is_up=up)
        if not up:
            send_alert.delay(monitor.pk)


@shared_task
def send_alert(monitor_id):
    monitor = Monitor.objects.get(pk=monitor_id)
    for recipient in monitor.alert_recipients.filter(recipient_type="webhook"):
        if not _is_public(recipient.url):
            logger.warning("skipping non-public webhook for monitor %s", monitor_id)
            continue
        requests.post(recipient.url, json={"text": f"{monitor.name} is down"}, timeout=WEBHOOK_TIMEOUT)
