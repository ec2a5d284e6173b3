"""Celery tasks: activity log, webhooks, exports."""
import csv
import json
import logging
import os
import uuid

import requests
from celery import shared_task
from django.conf import settings

from plane.db.models import Issue, IssueActivity

logger = logging.getLogger("plane.worker")
EXPORT_DIR = getattr(settings, "EXPORT_DIR", "/var/lib/plane/exports")


@shared_task
def issue_activity(type, requested_data, actor_id, issue_id):
    data = json.loads(requested_data) if requested_data else {}
    IssueActivity.objects.create(
        verb=type.split(".")[-1],
        issue_id=issue_id,
        actor_id=actor_id,
        new_value=str(data.get("name", ""))[:255],
    )


@shared_task(bind=True, max_retries=5)
def webhook_send_task(self, url, event, payload):
    headers = {"Content-Type": "application/json", "X-Plane-Event": event}
    try:
        # expect: ssrf
        response = requests.post(url, json=payload, headers=headers, timeout=30)
        return response.status_code
    except requests.RequestException as exc:
        raise self.retry(exc=exc, countdown=60)


@shared_task
def relay_webhook_ping(target, workspace):
    body = {"target": target, "workspace": workspace, "event": "ping"}
    return requests.post(settings.WEBHOOK_RELAY_URL, json=body, timeout=30).status_code


@shared_task
def export_issues_task(project_id, file_name):
    rows = Issue.objects.filter(project_id=project_id).values_list("sequence_id", "name", "priority")
    # expect: path-traversal
    with open(os.path.join(EXPORT_DIR, file_name), "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["ID", "Name", "Priority"])
        writer.writerows(rows)
    return file_name


@shared_task
def export_issues_task_named(project_id):
    file_name = f"{uuid.uuid4().hex}.csv"
    rows = Issue.objects.filter(project_id=project_id).values_list("sequence_id", "name")
    with open(os.path.join(EXPORT_DIR, file_name), "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return file_name
