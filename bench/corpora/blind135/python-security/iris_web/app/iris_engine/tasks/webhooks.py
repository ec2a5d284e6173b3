"""Celery task delivering case events to stored webhooks."""
import requests

from app import celery
from app.models.models import Webhook

STATUS_ENDPOINT = "https://status.dfir-iris.org/api/ping"


@celery.task(bind=True)
def send_webhook(self, hook_id, payload):
    hook = Webhook.query.get(hook_id)
    requests.post(STATUS_ENDPOINT, json={"hook": hook_id}, timeout=5)
    # expect: ssrf
    requests.post(hook.url, json=payload, timeout=10)
