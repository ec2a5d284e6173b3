"""Pushes contacts and deals to the CRM's REST API."""
import json
from decimal import Decimal

import requests

CRM = "https://crm.example.com/api/v3"
HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}


class DecimalEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Decimal):
            return str(o)
        return super().default(o)


def create_contact(contact):
    # expect: json-shortcut
    resp = requests.post(f"{CRM}/contacts", data=json.dumps(contact), headers=HEADERS, timeout=10)
    resp.raise_for_status()
    return resp.json()


def update_contact(contact_id, fields):
    # expect: json-shortcut
    return requests.put(f"{CRM}/contacts/{contact_id}", headers=HEADERS, data=json.dumps({"properties": fields}), timeout=10)


class CrmSession:
    def __init__(self, token):
        self.http = requests.Session()
        self.http.headers.update({"Authorization": f"Bearer {token}", **HEADERS})

    def add_note(self, deal_id, text):
        # expect: json-shortcut
        return self.http.post(f"{CRM}/deals/{deal_id}/notes", data=json.dumps({"body": text}), timeout=10)


def create_deal(deal):
    return requests.post(f"{CRM}/deals", json=deal, timeout=10)


def create_invoice(invoice):
    body = json.dumps(invoice, cls=DecimalEncoder)
    return requests.post(f"{CRM}/invoices", data=body, headers=HEADERS, timeout=10)


def upload_form(form_fields):
    return requests.post(f"{CRM}/forms/submit", data=form_fields, timeout=10)
