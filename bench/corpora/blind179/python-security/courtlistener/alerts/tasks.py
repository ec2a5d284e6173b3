"""Alert delivery: emails and webhook events, run from Celery."""
import logging

import requests
from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string

from cl.alerts.models import Alert, Webhook, WebhookEvent, WebhookEventType

logger = logging.getLogger(__name__)


def build_test_payload(webhook: Webhook) -> dict:
    return {
        "webhook": {"event_type": webhook.event_type, "version": webhook.version},
        "payload": {"results": [], "alert": {"name": "Test alert", "query": "q=test"}},
    }


@shared_task(bind=True, max_retries=3, ignore_result=True)
def send_webhook_event(self, webhook_event_pk: int):
    """POST a stored event to the URL the user registered for it."""
    event = WebhookEvent.objects.select_related("webhook").get(pk=webhook_event_pk)
    webhook = event.webhook
    if not webhook.enabled:
        return
    try:
        # expect: ssrf
        resp = requests.post(webhook.url, json=event.content, timeout=(3, 10), headers={"Idempotency-Key": str(event.event_id)})
    except requests.RequestException as exc:
        event.status_message = str(exc)
        event.save(update_fields=["status_message"])
        raise self.retry(exc=exc, countdown=60 * (self.request.retries + 1))
    event.status_code = resp.status_code
    event.response = resp.text[:5000]
    event.save(update_fields=["status_code", "response"])


@shared_task(ignore_result=True)
def send_alert_email(alert_pk: int, hits: list):
    alert = Alert.objects.select_related("user").get(pk=alert_pk)
    body = render_to_string("alert_email.txt", {"alert": alert, "hits": hits})
    send_mail(f"New hits for {alert.name}", body, settings.DEFAULT_FROM_EMAIL, [alert.user.email])


@shared_task(ignore_result=True)
def ping_search_backend():
    """Health check against the configured Solr/Elastic endpoint."""
    resp = requests.get(f"{settings.ELASTICSEARCH_URL}/_cluster/health", timeout=5)
    logger.info("search backend status %s", resp.json().get("status"))


@shared_task(ignore_result=True)
def fan_out_docket_alerts(docket_pk: int, event_type: int = WebhookEventType.DOCKET_ALERT):
    for webhook in Webhook.objects.filter(event_type=event_type, enabled=True):
        event = WebhookEvent.objects.create(webhook=webhook, content={"docket": docket_pk})
        send_webhook_event.delay(event.pk)
