"""Retry and callback helpers for the integration clients."""
import functools
import logging
import random
import time

log = logging.getLogger(__name__)


def with_retries(attempts=3, base_delay=0.5):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for i in range(attempts):
                try:
                    return fn(*args, **kwargs)
                except ConnectionError:
                    if i == attempts - 1:
                        raise
                    time.sleep(base_delay * 2 ** i + random.uniform(0, 0.1))
        return wrapper
    return decorator


def fetch_all(client, ids):
    # expect: unused-inner-function
    def log_failure(item_id, exc):
        log.warning("fetch of %s failed: %s", item_id, exc)

    results = {}
    for item_id in ids:
        try:
            results[item_id] = client.get(item_id)
        except ConnectionError:
            results[item_id] = None
    return results


def subscribe(bus, topic):
    def on_message(msg):
        log.info("got %s on %s", msg.id, topic)

    bus.subscribe(topic, on_message)


def sync_accounts(api, accounts):
    # expect: unused-inner-function
    def normalise(account):
        return {"id": account["id"], "email": account["email"].lower()}

    payload = [{"id": a["id"], "email": a["email"]} for a in accounts]
    return api.post("/accounts/sync", json=payload)


def paginate(client, path):
    def pages():
        url = path
        while url:
            page = client.get(url)
            yield page["items"]
            url = page.get("next")

    return [item for page in pages() for item in page]


def upload_batch(storage, files):
    # expect: unused-inner-function
    def progress(done, total):
        log.info("uploaded %d/%d", done, total)

    for f in files:
        storage.put(f.name, f.read())
