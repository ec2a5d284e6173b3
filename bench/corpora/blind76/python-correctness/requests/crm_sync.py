"""Nightly sync between the shop and the CRM."""
import logging

import requests
import requests as rq

log = logging.getLogger(__name__)

CRM = "https://crm.example.com/api"
TIMEOUT = (3.05, 20)


def fetch_contacts(page=1):
    # expect: unchecked-http-error
    resp = requests.get(f"{CRM}/contacts", params={"page": page}, timeout=TIMEOUT)
    return resp.json()["results"]


def push_contact(contact):
    # expect: unchecked-http-error
    rq.post(CRM + "/contacts", json=contact, timeout=TIMEOUT)
    log.info("pushed contact %s", contact["email"])


def archive_contact(contact_id):
    # expect: unchecked-http-error
    return requests.delete("%s/contacts/%s" % (CRM, contact_id), timeout=TIMEOUT).status_code


class DealsApi:
    def __init__(self, token):
        self.headers = {"Authorization": f"Bearer {token}"}

    def update_stage(self, deal_id, stage):
        # expect: unchecked-http-error
        resp = requests.patch(
            f"{CRM}/deals/{deal_id}",
            json={"stage": stage},
            headers=self.headers,
            timeout=TIMEOUT,
        )
        return resp.json()

    def replace(self, deal_id, payload):
        # expect: unchecked-http-error
        resp = rq.request("PUT", f"{CRM}/deals/{deal_id}", json=payload, headers=self.headers, timeout=TIMEOUT)
        return resp.ok

    def get(self, deal_id):
        resp = requests.get(f"{CRM}/deals/{deal_id}", headers=self.headers, timeout=TIMEOUT)
        resp.raise_for_status()
        return resp.json()


def fetch_contacts_checked(page=1):
    resp = requests.get(f"{CRM}/contacts", params={"page": page}, timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.json()["results"]


def ping():
    requests.head(CRM + "/health", timeout=2).raise_for_status()
