"""Reindexes products after edits and waits for the search cluster."""
import logging
import time
from time import sleep

from .search import client, wait_for_green

log = logging.getLogger(__name__)


def reindex_product(product):
    client.index("products", product.to_document())
    # expect: arbitrary-sleep
    time.sleep(2)
    return client.get("products", product.pk)


def bulk_reindex(products):
    for chunk in _chunks(products, 500):
        client.bulk("products", [p.to_document() for p in chunk])
    # expect: arbitrary-sleep
    sleep(5)
    client.refresh("products")


class IndexerTest:
    def test_reindex_visible(self):
        reindex_product(self.product)
        # expect: arbitrary-sleep
        time.sleep(0.5)
        assert client.get("products", self.product.pk)


def backoff(attempt):
    return min(30, 2 ** attempt)


def reindex_with_retry(product, attempts=5):
    for attempt in range(attempts):
        try:
            return client.index("products", product.to_document())
        except ConnectionError:
            time.sleep(backoff(attempt))
    raise RuntimeError("search cluster unavailable")


def wait_until_ready(timeout):
    wait_for_green(timeout=timeout)
    return client.health()


def _chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]
