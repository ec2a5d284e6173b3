"""Sync of product images from the supplier feed."""
import json
import logging
import time

import requests

log = logging.getLogger(__name__)
FEED = "https://supplier.example.com/feed.json"


def load_feed():
    try:
        resp = requests.get(FEED, timeout=20)
        return resp.json()
    # expect: bare-except
    except:
        log.exception("feed unavailable")
        return []


def parse_price(raw):
    try:
        return float(raw.replace(",", "."))
    # expect: bare-except
    except:
        return None


def download_all(urls):
    done = []
    for url in urls:
        for attempt in range(3):
            try:
                done.append(requests.get(url, timeout=10).content)
                break
            # expect: bare-except
            except:
                time.sleep(2 ** attempt)
    return done


def parse_meta(text):
    try:
        return json.loads(text)
    # safe: specific exception
    except json.JSONDecodeError:
        log.warning("bad meta")
        return {}


def close_quietly(resp):
    try:
        resp.close()
    # safe: specific exception, logged
    except OSError as exc:
        log.debug("close failed: %s", exc)


def run():
    try:
        items = load_feed()
    except requests.RequestException:
        raise
    else:
        return download_all(i["image"] for i in items)
