"""RQ jobs delivering webhook events and exporting datasets."""
import json
import os

import httpx
from redis import Redis
from rq import Queue
from sqlalchemy import create_engine, text

HIGH_QUEUE = Queue("high", connection=Redis())
EXPORT_ROOT = "/var/lib/argilla/exports"
HF_HUB = "https://huggingface.co/api/datasets"
_ENGINE = create_engine("sqlite:////var/lib/argilla/argilla.db")


def _webhook_url(webhook_id):
    with _ENGINE.connect() as conn:
        row = conn.execute(text("SELECT url FROM webhooks WHERE id = :id"), {"id": webhook_id}).first()
    return row[0] if row else None


def notify_event_job(webhook_id, event, data=None):
    url = _webhook_url(webhook_id)
    if url:
        # expect: ssrf
        httpx.post(url, json={"type": event, "data": data or {}}, timeout=10)


def hub_info_job(repo_id):
    return httpx.get(f"{HF_HUB}/{repo_id}", timeout=10).json()


def export_dataset_job(dataset_id, filename, records):
    # expect: path-traversal
    with open(os.path.join(EXPORT_ROOT, filename), "w") as fh:
        json.dump({"dataset_id": dataset_id, "records": records}, fh)
    return filename
