"""Celery task running a probe's stored actions for an event."""
import requests
from celery import shared_task

from zentral.core.probes.models import ProbeSource

SLACK_API = "https://slack.com/api/chat.postMessage"


@shared_task
def trigger_actions(probe_pk, event):
    probe = ProbeSource.objects.get(pk=probe_pk)
    http_post = probe.actions.get("http_post")
    if http_post:
        # expect: ssrf
        requests.post(http_post["url"], json={"probe": probe.name, "event": event}, timeout=10)
    slack = probe.actions.get("slack")
    if slack:
        requests.post(SLACK_API, json={"channel": slack["channel"], "text": probe.name}, timeout=10)
