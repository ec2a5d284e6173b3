"""Forwarding webhook payloads to partner systems."""
import logging
from urllib.parse import urlparse

import requests
from django.conf import settings

from .middleware import delivery_context
from .models import Delivery

log = logging.getLogger("hooks.forward")

ALLOWED_CALLBACK_HOSTS = {"hooks.partner-a.com", "api.partner-b.io"}


class Forwarder:
    def __init__(self, timeout=10):
        self.timeout = timeout
        self.session = requests.Session()

    def record(self, source, payload, target=""):
        ctx = delivery_context()
        return Delivery.objects.create(
            source=source,
            event=ctx.get("event", "unknown"),
            delivery_id=ctx.get("delivery_id"),
            target_url=target,
            payload=payload,
        )

    def to_callback(self, payload):
        """POST to the URL the sender named in X-Callback-Url."""
        target = delivery_context().get("callback", "")
        if not target:
            return None
        # expect: ssrf
        return self.session.post(target, json=payload, timeout=self.timeout)

    def to_checked_callback(self, payload):
        target = delivery_context().get("callback", "")
        host = urlparse(target).hostname
        if urlparse(target).scheme != "https" or host not in ALLOWED_CALLBACK_HOSTS:
            log.warning("callback host refused")
            return None
        return self.session.post(target, json=payload, timeout=self.timeout)

    def to_partner(self, partner, payload):
        url = settings.PARTNER_ENDPOINTS.get(partner)
        if url is None:
            return None
        return self.session.post(url, json=payload, timeout=self.timeout)


def describe_event(payload):
    ctx = delivery_context()
    action = payload.get("action") or "none"
    # expect: log-injection
    log.info("received action " + action + " request " + ctx.get("request_id", ""))
    return action


def describe_event_safely(payload):
    action = str(payload.get("action") or "none")
    log.info("received action %r", action.replace("\n", " ")[:80])
    return action
