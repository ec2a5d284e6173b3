"""Webhooks: stored targets notified when objects change."""
import hashlib
import hmac
import json

import requests
from django.db import models
from django_rq import job


class Webhook(models.Model):
    name = models.CharField(max_length=128)
    url = models.CharField(max_length=512)
    secret = models.CharField(max_length=255, blank=True)
    ssl_verification = models.BooleanField(default=True)


@job("default")
def process_webhook(webhook_pk, data, event):
    webhook = Webhook.objects.get(pk=webhook_pk)
    body = json.dumps({"event": event, "data": data})
    headers = {"Content-Type": "application/json"}
    if webhook.secret:
        headers["X-Hook-Signature"] = hmac.new(webhook.secret.encode(), body.encode(), hashlib.sha512).hexdigest()
    # expect: ssrf
    return requests.post(webhook.url, data=body, headers=headers, verify=webhook.ssl_verification, timeout=10).status_code
