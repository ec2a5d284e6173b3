import logging

import requests
from celery import shared_task

from .models import Delivery

log = logging.getLogger("hooks.tasks")


@shared_task(bind=True, max_retries=5, default_retry_delay=30)
def deliver(self, delivery_pk, url, payload):
    try:
        # expect: ssrf
        resp = requests.post(url, json=payload, timeout=15)
        resp.raise_for_status()
    except requests.RequestException as exc:
        Delivery.objects.filter(pk=delivery_pk).update(status="retrying")
        raise self.retry(exc=exc)
    Delivery.objects.filter(pk=delivery_pk).update(status="delivered")
    return resp.status_code


@shared_task
def deliver_to_partner(delivery_pk, partner_url, payload):
    """partner_url always comes from settings.PARTNER_ENDPOINTS."""
    resp = requests.post(partner_url, json=payload, timeout=15)
    Delivery.objects.filter(pk=delivery_pk).update(status="delivered" if resp.ok else "failed")
    return resp.status_code
