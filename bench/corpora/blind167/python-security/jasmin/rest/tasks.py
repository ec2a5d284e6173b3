"""Celery worker sending batches through the old http api, then calling back."""
import logging
import time

import requests
from celery import Celery

from . import batch_store
from .config import http_throughput_per_worker, old_api_uri

logger = logging.getLogger("jasmin-restapi")

app = Celery(__name__)
app.config_from_object("jasmin.rest.celery_config")


def _send_one(message, credentials):
    params = dict(message)
    params.update(credentials)
    r = requests.get(f"{old_api_uri}/send", params=params, timeout=30)
    return r.status_code, r.text.strip('"')


def _notify(url, batch_id, status, body):
    """Tell the client how one message of its batch went."""
    try:
        # expect: ssrf
        requests.get(url, params={"batchId": batch_id, "status": status, "statusText": body[:200]}, timeout=10)
    except requests.RequestException as exc:
        logger.warning("[%s] callback to client failed: %s", batch_id, exc.__class__.__name__)


@app.task(bind=True, name="jasmin.rest.tasks.httpapi_send")
def httpapi_send(self, batch_id, batch_config, messages, credentials):
    callback_url = batch_config.get("callback_url")
    errback_url = batch_config.get("errback_url")
    sent = failed = 0
    for message in messages:
        status, body = _send_one(message, credentials)
        if status == 200:
            sent += 1
            if callback_url:
                _notify(callback_url, batch_id, status, body)
        else:
            failed += 1
            if errback_url:
                _notify(errback_url, batch_id, status, body)
        time.sleep(1 / http_throughput_per_worker)
    batch_store.finish_batch(batch_id, sent, failed)
    logger.info("[%s] batch done: %s sent, %s failed", batch_id, sent, failed)
