"""Dramatiq actors delivering webhook events."""
import hashlib
import hmac
import json
import logging
import time
import uuid

import dramatiq
import httpx

from fief.db import get_session
from fief.repositories import WebhookRepository
from fief.settings import settings

logger = logging.getLogger(__name__)


def _sign(secret: str, body: str, ts: int) -> str:
    return hmac.new(secret.encode(), f"{ts}.{body}".encode(), hashlib.sha256).hexdigest()


@dramatiq.actor
def trigger_webhooks(event: str, object_id: str):
    with get_session() as session:
        for webhook in WebhookRepository(session).list_for_event(event):
            deliver_webhook.send(str(webhook.id), event, object_id)


@dramatiq.actor(max_retries=5)
def deliver_webhook(webhook_id: str, event: str, object_id: str):
    with get_session() as session:
        webhook = WebhookRepository(session).get_by_id(uuid.UUID(webhook_id))
        body = json.dumps({"type": event, "object": object_id})
        ts = int(time.time())
        headers = {"X-Fief-Webhook-Signature": _sign(webhook.secret, body, ts), "X-Fief-Webhook-Timestamp": str(ts)}
        # expect: ssrf
        response = httpx.post(webhook.url, content=body, headers=headers, timeout=settings.webhooks_timeout)
        logger.info("webhook %s answered %s", webhook_id, response.status_code)


@dramatiq.actor
def send_test_webhook(webhook_id: str):
    body = json.dumps({"type": "test"})
    response = httpx.post(settings.webhooks_test_relay_url, content=body, params={"webhook": webhook_id}, timeout=10)
    logger.info("test relay answered %s", response.status_code)
