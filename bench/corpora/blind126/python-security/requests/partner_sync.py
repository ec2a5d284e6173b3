"""Pull catalogue changes from partner APIs and push stock levels back."""
import logging
import os

import requests

log = logging.getLogger(__name__)

PARTNER_API = os.environ.get("PARTNER_API", "https://partners.example.com/api/v2")
DEFAULT_TIMEOUT = (3.05, 20)


def fetch_changes(token, since):
    headers = {"Authorization": f"Bearer {token}"}
    # expect: no-timeout
    resp = requests.get(f"{PARTNER_API}/catalogue/changes", params={"since": since}, headers=headers)
    resp.raise_for_status()
    return resp.json()["items"]


def push_stock(token, sku, quantity):
    payload = {"sku": sku, "quantity": quantity}
    resp = requests.put(
        f"{PARTNER_API}/stock/{sku}",
        json=payload,
        headers={"Authorization": f"Bearer {token}"},
        timeout=DEFAULT_TIMEOUT,
    )
    return resp.status_code == 200


def report_failure(token, batch_id, reason):
    # expect: no-timeout
    requests.post(f"{PARTNER_API}/batches/{batch_id}/failures", json={"reason": reason}, headers={"Authorization": f"Bearer {token}"})


def ping():
    try:
        return requests.head(PARTNER_API, timeout=5).ok
    except requests.RequestException:
        log.warning("partner API unreachable")
        return False


def delete_listing(token, sku):
    # expect: no-timeout
    resp = requests.request("DELETE", f"{PARTNER_API}/listings/{sku}", headers={"Authorization": f"Bearer {token}"})
    return resp.status_code in (200, 204)


def download_feed(session, url):
    # a session configured elsewhere; its adapter sets the timeout
    return session.get(url, timeout=DEFAULT_TIMEOUT).content
