"""Retry loops for the sync worker."""
import logging
import time

log = logging.getLogger(__name__)


def push_batches(client, batches):
    for batch in batches:
        # expect: swallowed-exception
        try:
            client.push(batch)
        except ConnectionError:
            log.warning("push failed, will retry")
        finally:
            client.reset()
            break


def poll(queue):
    while True:
        # expect: swallowed-exception
        try:
            item = queue.get(timeout=5)
            queue.handle(item)
        except TimeoutError:
            continue
        finally:
            break


def drain(source):
    for attempt in range(3):
        # expect: swallowed-exception
        try:
            return source.read_all()
        except OSError:
            time.sleep(2 ** attempt)
        finally:
            source.close()
            break


def push_with_retry(client, batch):
    for attempt in range(3):
        try:
            client.push(batch)
            break
        except ConnectionError:
            time.sleep(attempt)
        finally:
            client.reset()


def read_first(paths):
    for p in paths:
        try:
            with open(p, encoding="utf-8") as fh:
                return fh.read()
        except FileNotFoundError:
            continue
    return None
