"""Client for the upstream product catalogue API."""
import json
import logging

import requests

log = logging.getLogger(__name__)

BASE = "https://catalog.internal.example.com/api/v2"
TIMEOUT = (3.05, 15)


class CatalogClient:
    def __init__(self, token: str):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def product(self, sku: str) -> dict:
        resp = self.session.get(f"{BASE}/products/{sku}", timeout=TIMEOUT)
        resp.raise_for_status()
        # expect: use-response-json
        return json.loads(resp.text)

    def search(self, term: str, page: int = 1) -> list:
        resp = self.session.get(f"{BASE}/products", params={"q": term, "page": page}, timeout=TIMEOUT)
        resp.raise_for_status()
        return resp.json()["items"]

    def categories(self) -> list:
        resp = self.session.get(f"{BASE}/categories", timeout=TIMEOUT)
        resp.raise_for_status()
        # expect: use-response-json
        data = json.loads(resp.content)
        return data["categories"]

    def price_history(self, sku: str) -> list:
        resp = requests.get(f"{BASE}/prices/{sku}/history", timeout=TIMEOUT)
        if resp.status_code == 404:
            return []
        resp.raise_for_status()
        # expect: use-response-json
        return json.loads(resp.text)["points"]

    def export(self, path: str) -> None:
        resp = self.session.get(f"{BASE}/export", timeout=TIMEOUT)
        resp.raise_for_status()
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(resp.json(), fh, indent=2)

    def cached_product(self, sku: str, cache) -> dict:
        raw = cache.get(f"product:{sku}")
        if raw is not None:
            return json.loads(raw)
        product = self.product(sku)
        cache.set(f"product:{sku}", json.dumps(product), 600)
        return product
