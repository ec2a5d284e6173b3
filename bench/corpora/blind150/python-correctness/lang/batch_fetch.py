"""Fan-out fetch of product feeds from the suppliers' endpoints."""
import concurrent.futures
import logging
from concurrent.futures import ThreadPoolExecutor

import requests

log = logging.getLogger(__name__)


def fetch_feed(url):
    resp = requests.get(url, timeout=10)
    resp.raise_for_status()
    return resp.json()


def store_feed(feed):
    log.info("storing %d items", len(feed.get("items", [])))


def refresh_all(urls):
    with concurrent.futures.thread.ThreadPoolExecutor(max_workers=8) as pool:
        # expect: swallowed-exception
        pool.map(lambda u: store_feed(fetch_feed(u)), urls)
    log.info("refresh queued for %d suppliers", len(urls))


def warm_caches(urls):
    with ThreadPoolExecutor(max_workers=4) as executor:
        # expect: swallowed-exception
        executor.map(fetch_feed, urls)


def ping_suppliers(urls):
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as executor:
        # expect: swallowed-exception
        executor.map(requests.head, urls)
    return len(urls)


def collect_feeds(urls):
    with ThreadPoolExecutor(max_workers=8) as executor:
        feeds = executor.map(fetch_feed, urls)
        for feed in feeds:
            store_feed(feed)


def collect_sizes(urls):
    with ThreadPoolExecutor(max_workers=8) as executor:
        return [len(feed.get("items", [])) for feed in executor.map(fetch_feed, urls)]


def collect_with_errors(urls):
    results, errors = {}, {}
    with ThreadPoolExecutor(max_workers=8) as executor:
        futures = {executor.submit(fetch_feed, u): u for u in urls}
        for fut in concurrent.futures.as_completed(futures):
            url = futures[fut]
            try:
                results[url] = fut.result()
            except requests.RequestException as exc:
                errors[url] = str(exc)
    return results, errors
