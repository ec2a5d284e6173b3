"""Polls the export service until a job finishes, and a smoke test for it."""
import random
import time

import requests

from .settings import EXPORT_API, POLL_INTERVAL


def _backoff(attempt):
    return min(30, 2 ** attempt) + random.random()


def wait_for_export(job_id, attempts=10):
    for attempt in range(attempts):
        resp = requests.get(f"{EXPORT_API}/jobs/{job_id}", timeout=10)
        resp.raise_for_status()
        if resp.json()["state"] == "done":
            return resp.json()["url"]
        time.sleep(_backoff(attempt))
    raise TimeoutError(job_id)


def watch_queue(client):
    while True:
        pending = client.pending()
        if not pending:
            time.sleep(POLL_INTERVAL)
            continue
        for job in pending:
            client.handle(job)
            # expect: leftover-sleep
            time.sleep(2)


def create_export(payload):
    resp = requests.post(f"{EXPORT_API}/jobs", json=payload, timeout=10)
    # expect: leftover-sleep
    time.sleep(5)
    resp.raise_for_status()
    return resp.json()["id"]


def test_export_roundtrip(api_client):
    job_id = create_export({"table": "orders"})
    # expect: leftover-sleep
    time.sleep(0.5)
    assert wait_for_export(job_id, attempts=3)
