"""Catalog sync worker."""
import json
import logging

import requests

log = logging.getLogger(__name__)


def fetch_catalog(url):
    try:
        resp = requests.get(url, timeout=10)
        resp.raise_for_status()
        return resp.json()
    except requests.RequestException as exc:
        # expect: error-log-in-swallowing-except
        logging.error("catalog fetch failed: %s", exc)
        return None


def parse_item(raw):
    try:
        return json.loads(raw)
    except ValueError:
        # expect: error-log-in-swallowing-except
        log.error("skipping malformed item")
    return None


def push_item(session, item):
    try:
        session.post("/items", json=item, timeout=10)
    except requests.RequestException:
        log.exception("push failed for item %s", item.get("id"))


def push_many(session, items):
    failures = 0
    for item in items:
        try:
            session.post("/items", json=item, timeout=10)
        except requests.RequestException as exc:
            failures += 1
            # expect: error-log-in-swallowing-except
            logging.error("push failed: %s", exc)
            continue
    return failures


def delete_item(session, item_id):
    try:
        session.delete(f"/items/{item_id}", timeout=10)
    except requests.RequestException:
        log.error("delete failed for %s", item_id, exc_info=True)


def report(stats):
    if stats["failures"]:
        log.error("sync finished with %d failures", stats["failures"])
    else:
        log.info("sync finished cleanly")


def load_state(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        log.info("no previous state at %s", path)
        return {}
    except json.JSONDecodeError as exc:
        # expect: error-log-in-swallowing-except
        log.error("state file %s is corrupt: %s", path, exc)
        return {}
