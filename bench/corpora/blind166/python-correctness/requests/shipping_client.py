"""Client for the carrier's label API."""
import logging

import requests

from .settings import CARRIER_API, CARRIER_KEY

log = logging.getLogger(__name__)
TIMEOUT = (3.05, 20)


def _headers():
    return {"Authorization": f"ApiKey {CARRIER_KEY}", "Accept": "application/json"}


def create_label(shipment):
    resp = requests.post(f"{CARRIER_API}/labels", json=shipment, headers=_headers(), timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.json()["label_url"]


def quote(shipment):
    # expect: unchecked-response
    resp = requests.post(f"{CARRIER_API}/quotes", json=shipment, headers=_headers(), timeout=TIMEOUT)
    return resp.json().get("price")


def cancel_label(label_id):
    # expect: unchecked-response
    requests.delete(f"{CARRIER_API}/labels/{label_id}", headers=_headers(), timeout=TIMEOUT)
    log.info("label %s cancelled", label_id)


def tracking(label_id):
    resp = requests.get(f"{CARRIER_API}/labels/{label_id}/tracking", headers=_headers(), timeout=TIMEOUT)
    if resp.status_code == 404:
        return None
    resp.raise_for_status()
    return resp.json()


def pickup_slots(postcode):
    resp = requests.get(f"{CARRIER_API}/pickups", params={"postcode": postcode}, headers=_headers(), timeout=TIMEOUT)
    if not resp.ok:
        log.warning("pickup lookup failed: %s", resp.status_code)
        return []
    return resp.json()["slots"]


def update_contact(account_id, contact):
    # expect: unchecked-response
    resp = requests.put(f"{CARRIER_API}/accounts/{account_id}/contact", json=contact, headers=_headers(), timeout=TIMEOUT)
    log.info("carrier contact updated (%s)", resp.elapsed)
    return True
