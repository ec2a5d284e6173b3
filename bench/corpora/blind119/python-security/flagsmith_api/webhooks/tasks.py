"""Webhook tasks on the task processor, shaped on Flagsmith's webhooks.webhooks."""
import hashlib
import hmac
import json

import requests
from task_processor.decorators import register_task_handler

SLACK_API = "https://slack.com/api/chat.postMessage"


@register_task_handler()
def send_test_request_to_webhook(url, secret=""):
    body = json.dumps({"event_type": "TEST", "data": {}})
    signature = hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest() if secret else ""
    # expect: ssrf
    requests.post(url, data=body, headers={"X-Flagsmith-Signature": signature}, timeout=10)


@register_task_handler()
def post_slack_message(channel_id, text, token):
    requests.post(SLACK_API, json={"channel": channel_id, "text": text}, headers={"Authorization": f"Bearer {token}"}, timeout=10)
