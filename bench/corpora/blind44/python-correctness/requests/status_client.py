"""Small client for the inventory and shipping services."""
import requests

INVENTORY = "https://inventory.internal.example.com/api"
SHIPPING = "https://shipping.internal.example.com/v2"


def fetch_stock(sku):
    # expect: unchecked-http-error
    resp = requests.get(f"{INVENTORY}/stock/{sku}", timeout=5)
    return resp.json()["quantity"]


def reserve(sku, qty, token):
    headers = {"Authorization": f"Bearer {token}"}
    # expect: unchecked-http-error
    r = requests.post(
        INVENTORY + "/reservations",
        json={"sku": sku, "qty": qty},
        headers=headers,
        timeout=5,
    )
    return r.json().get("id")


class ShipmentClient:
    def __init__(self, session_timeout=10):
        self.timeout = session_timeout

    def cancel(self, shipment_id):
        # expect: unchecked-http-error
        requests.delete(f"{SHIPPING}/shipments/{shipment_id}", timeout=self.timeout)

    def update_address(self, shipment_id, address):
        # expect: unchecked-http-error
        reply = requests.request("PATCH", f"{SHIPPING}/shipments/{shipment_id}", json=address, timeout=self.timeout)
        return reply.status_code

    def exists(self, shipment_id):
        # expect: unchecked-http-error
        return requests.head(f"{SHIPPING}/shipments/{shipment_id}", timeout=self.timeout).ok


def fetch_catalog():
    resp = requests.get(INVENTORY + "/catalog", timeout=5)
    resp.raise_for_status()
    return resp.json()


def ping():
    requests.get(INVENTORY + "/health", timeout=2).raise_for_status()
