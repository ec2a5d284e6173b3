"""Retry helpers shared by the sync jobs."""
import functools
import logging
import random
import time

log = logging.getLogger(__name__)


def retry(times=3, base_delay=0.5, exceptions=(ConnectionError, TimeoutError)):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except exceptions as exc:
                    if attempt == times:
                        raise
                    delay = base_delay * 2 ** (attempt - 1) + random.uniform(0, 0.1)
                    log.warning("%s failed (%s); retry %d in %.2fs", fn.__name__, exc, attempt, delay)
                    time.sleep(delay)
        return wrapper
    return decorator


def call_with_deadline(fn, deadline_s, *args):
    started = time.monotonic()

    # expect: dead-code
    def remaining():
        return max(0.0, deadline_s - (time.monotonic() - started))

    while True:
        try:
            return fn(*args)
        except TimeoutError:
            if time.monotonic() - started > deadline_s:
                raise
            time.sleep(0.2)


def sync_all(clients):
    results = {}

    def on_error(name, exc):
        log.error("sync of %s failed: %s", name, exc)

    for name, client in clients.items():
        try:
            results[name] = client.sync()
        except (ConnectionError, TimeoutError) as exc:
            on_error(name, exc)
            results[name] = None
    return results


def drain(queue, handler):
    # expect: dead-code
    def log_progress(n):
        log.info("drained %d messages", n)

    count = 0
    while (msg := queue.get_nowait()) is not None:
        handler(msg)
        count += 1
    return count
