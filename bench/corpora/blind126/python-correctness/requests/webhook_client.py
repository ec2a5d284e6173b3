"""Deliver webhooks and sync contacts with the CRM."""
import json
import os

import requests

CRM_URL = os.environ.get("CRM_URL", "https://crm.example.com/api")
JSON_HEADERS = {"Content-Type": "application/json"}


def deliver(hook, event):
    payload = {"event": event.name, "data": event.as_dict()}
    # expect: use-json-kwarg
    resp = requests.post(hook.url, data=json.dumps(payload), headers=JSON_HEADERS, timeout=10)
    return resp.status_code


def upsert_contact(contact):
    resp = requests.put(f"{CRM_URL}/contacts/{contact['id']}", json=contact, timeout=10)
    resp.raise_for_status()
    return resp.json()


def bulk_tag(contact_ids, tag):
    body = {"ids": contact_ids, "tag": tag}
    # expect: use-json-kwarg
    return requests.patch(f"{CRM_URL}/contacts/tags", data=json.dumps(body), headers=JSON_HEADERS, timeout=30).ok


def archive(contact_id, reason):
    # expect: use-json-kwarg
    requests.post(f"{CRM_URL}/contacts/{contact_id}/archive", data=json.dumps({"reason": reason}), headers={"Content-Type": "application/json"}, timeout=10)


def upload_form(fields):
    return requests.post(f"{CRM_URL}/forms", data=fields, timeout=10).ok


def signed_delivery(hook, event, sign):
    raw = json.dumps(event.as_dict(), separators=(",", ":"), sort_keys=True)
    headers = {"Content-Type": "application/json", "X-Signature": sign(raw)}
    return requests.post(hook.url, data=raw, headers=headers, timeout=10).status_code
