"""Polls the upstream feed and retries on errors."""
import logging
import time

import requests

log = logging.getLogger(__name__)


def poll(url):
    try:
        return requests.get(url, timeout=10).json()
    # expect: bare-except
    except:
        return None


def poll_logged(url):
    try:
        return requests.get(url, timeout=10).json()
    except requests.RequestException as exc:
        log.warning("poll failed: %s", exc)
        return None


def poll_quiet(url):
    try:
        return requests.get(url, timeout=10).json()
    # expect: swallowed-exception
    except Exception:
        pass


def poll_all(urls):
    results = []
    for url in urls:
        try:
            results.append(requests.get(url, timeout=10).json())
        finally:
            # expect: finally-swallows-exception
            continue
    return results


def fetch_with_retry(url, attempts=3):
    for i in range(attempts):
        try:
            return requests.get(url, timeout=10).json()
        except requests.Timeout:
            time.sleep(2 ** i)
        finally:
            log.debug("attempt %d done", i)
    raise RuntimeError("upstream unavailable")


def close_quietly(resource):
    try:
        resource.close()
    finally:
        # expect: finally-swallows-exception
        return True
