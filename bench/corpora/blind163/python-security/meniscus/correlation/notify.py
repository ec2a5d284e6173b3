"""Notifications sent when a correlated message arrives."""
import json
import logging

import requests

from meniscus.config import get_config

LOG = logging.getLogger(__name__)
conf = get_config()


def notify_host(host, message):
    """POST the message to the callback URL stored on the host record."""
    try:
        # expect: ssrf
        requests.post(host.callback_url, data=json.dumps(message), headers={"Content-Type": "application/json"}, timeout=5)
    except requests.RequestException as exc:
        LOG.warning("callback for host %s failed: %s", host.hostname, exc)


def notify_ops(tenant_id, message):
    """Forward high-severity messages to the operators' configured endpoint."""
    if int(message.get("severity", 7)) > conf.notify.min_severity:
        return
    try:
        requests.post(conf.notify.ops_url, json={"tenant": tenant_id, "message": message}, timeout=5)
    except requests.RequestException as exc:
        LOG.warning("ops notification failed: %s", exc)


def notify_coordinator(worker_id, status):
    url = f"{conf.coordinator.base_url}/v1/worker/{worker_id}/status"
    try:
        requests.put(url, json={"status": status}, timeout=5)
    except requests.RequestException:
        LOG.exception("coordinator unreachable")
    return True


def ping_callback_allowed(host):
    """Callbacks may only go to hosts registered in the tenant's allowed list."""
    allowed = set(conf.notify.allowed_callback_hosts)
    return host.callback_url and host.callback_url.split("/")[2] in allowed
