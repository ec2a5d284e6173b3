"""Client for the shipping carriers' REST APIs."""
import os

import httpx
import requests
import requests as rq
from requests import head

BASE = os.environ.get("CARRIER_API", "https://api.carrier.example/v3")
TIMEOUT = (3.05, 20)


def get_rates(parcel):
    # expect: no-timeout
    resp = requests.post(f"{BASE}/rates", json=parcel, headers={"Authorization": f"Bearer {os.environ['CARRIER_TOKEN']}"})
    resp.raise_for_status()
    return resp.json()["rates"]


def track(tracking_number):
    resp = requests.get(f"{BASE}/tracking/{tracking_number}", timeout=TIMEOUT)
    resp.raise_for_status()
    return resp.json()


def cancel_label(label_id):
    # expect: no-timeout
    resp = rq.delete(f"{BASE}/labels/{label_id}")
    return resp.status_code == 204


def label_exists(label_id):
    # expect: no-timeout
    return head(f"{BASE}/labels/{label_id}").ok


class PickupScheduler:
    def __init__(self, token):
        self.token = token

    def schedule(self, pickup):
        # expect: no-timeout
        resp = requests.request("PUT", f"{BASE}/pickups/{pickup['id']}", json=pickup, headers={"Authorization": f"Bearer {self.token}"})
        resp.raise_for_status()
        return resp.json()

    def reschedule(self, pickup):
        resp = requests.patch(f"{BASE}/pickups/{pickup['id']}", json=pickup, timeout=15)
        resp.raise_for_status()
        return resp.json()


def service_points(postcode):
    resp = httpx.get(f"{BASE}/service-points", params={"postcode": postcode})
    return resp.json()
