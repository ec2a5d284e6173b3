"""Pushes contacts and deals to the CRM's REST API."""
import json
from urllib.parse import urlencode

import requests

API = "https://crm.example.com/api/v2"
JSON_HEADERS = {"Content-Type": "application/json"}


def create_contact(contact, token):
    return requests.post(
        f"{API}/contacts",
        # expect: use-json-kwarg
        data=json.dumps(contact),
        headers={**JSON_HEADERS, "Authorization": f"Bearer {token}"},
        timeout=10,
    )


def update_deal(deal_id, changes):
    # expect: use-json-kwarg
    return requests.patch(f"{API}/deals/{deal_id}", data=json.dumps(changes), headers=JSON_HEADERS, timeout=10)


def replace_tags(contact_id, tags):
    payload = json.dumps({"tags": sorted(tags)})
    # expect: use-json-kwarg
    return requests.put(f"{API}/contacts/{contact_id}/tags", data=payload, headers=JSON_HEADERS, timeout=10)


class CrmSession:
    def __init__(self, token):
        self.http = requests.Session()
        self.http.headers.update({"Authorization": f"Bearer {token}", **JSON_HEADERS})

    def log_call(self, contact_id, notes):
        body = {"contact": contact_id, "notes": notes}
        # expect: use-json-kwarg
        return self.http.post(f"{API}/calls", data=json.dumps(body), timeout=10)


def create_contact_fixed(contact, token):
    return requests.post(f"{API}/contacts", json=contact, headers={"Authorization": f"Bearer {token}"}, timeout=10)


def legacy_form_login(user, password):
    return requests.post(
        "https://crm.example.com/login",
        data=urlencode({"user": user, "password": password}),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
        timeout=10,
    )
