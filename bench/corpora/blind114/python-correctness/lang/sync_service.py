"""Synchronises orders from the ERP into the local database."""
import logging

import requests

from .errors import SyncError
from .store import OrderStore

logger = logging.getLogger(__name__)


class OrderSync:
    def __init__(self, base_url, session=None):
        self.base_url = base_url
        self.session = session or requests.Session()
        self.store = OrderStore()

    def fetch(self, since):
        try:
            resp = self.session.get(f"{self.base_url}/orders", params={"since": since}, timeout=15)
            resp.raise_for_status()
        except requests.RequestException:
            # expect: log-and-raise
            logger.exception("fetching orders since %s failed", since)
            raise
        return resp.json()["orders"]

    def save(self, orders):
        try:
            self.store.bulk_upsert(orders)
        except KeyError as exc:
            # expect: log-and-raise
            logger.error("order payload missing field %s", exc)
            raise SyncError(f"bad payload: {exc}") from exc

    def run(self, since):
        try:
            orders = self.fetch(since)
        except requests.RequestException:
            logger.warning("ERP unreachable, will retry on the next tick")
            return 0
        self.save(orders)
        return len(orders)

    def last_cursor(self):
        try:
            return self.store.cursor()
        except LookupError:
            logger.exception("no cursor stored yet, starting from zero")
            return 0

    def delete(self, order_id):
        try:
            self.store.delete(order_id)
        except PermissionError as exc:
            # expect: log-and-raise
            logger.error("cannot delete order %s: %s", order_id, exc)
            raise
