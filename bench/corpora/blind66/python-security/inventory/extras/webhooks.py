"""Webhook delivery: RQ jobs that send the request, and their queueing."""
import json
import logging

import django_rq
import requests

logger = logging.getLogger("netbox.webhooks")


def _headers(options):
    return {"Content-Type": options.get("content_type", "application/json"), "User-Agent": "NetBox webhook"}


def process_webhook(options, payload):
    body = json.dumps(payload)
    # expect: ssrf
    response = requests.request(options["http_method"], options["url"], data=body, headers=_headers(options), timeout=10)
    logger.info("Webhook test returned %s", response.status_code)
    return response.status_code


def process_saved_webhook(options, payload):
    body = json.dumps(payload)
    response = requests.request(options["http_method"], options["url"], data=body, headers=_headers(options), timeout=10)
    logger.info("Redelivered webhook, status %s", response.status_code)
    return response.status_code


def enqueue_webhook(options, payload, saved=False):
    queue = django_rq.get_queue("default")
    func = process_saved_webhook if saved else process_webhook
    job = queue.enqueue(func, options, payload)
    return job.id
