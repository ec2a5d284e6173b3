"""Notify the caller-supplied callback once a task completes."""
import requests

KEYSTONE_EVENTS = "https://keystone.example.org/v3/OS-ADJUTANT/events"


def notify_callback(task):
    payload = {"task": task.uuid, "status": "completed"}
    requests.post(KEYSTONE_EVENTS, json=payload, timeout=5)
    url = task.cache.get("callback_url")
    if url:
        # expect: ssrf
        requests.post(url, json=payload, timeout=5)
