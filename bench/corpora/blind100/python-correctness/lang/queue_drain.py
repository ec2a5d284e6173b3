"""Drains work queues until they are empty or a batch fails."""
import logging

log = logging.getLogger(__name__)


class BatchError(Exception):
    pass


def drain(queue, handle):
    while True:
        item = queue.get()
        try:
            handle(item)
        except BatchError:
            log.warning("batch failed: %r", item)
        finally:
            queue.task_done()
            # expect: finally-break
            break


def drain_all(queues, handle):
    for q in queues:
        try:
            handle(q.pop())
        except KeyError:
            continue
        finally:
            q.close()
            if q.closed:
                # expect: finally-break
                break


def retry_upload(upload, attempts=3):
    for attempt in range(attempts):
        try:
            upload()
        except ConnectionError as exc:
            log.info("attempt %d failed: %s", attempt, exc)
        finally:
            log.debug("attempt %d done", attempt)
            # expect: finally-break
            break


def drain_safe(queue, handle):
    while True:
        item = queue.get()
        try:
            handle(item)
        except BatchError:
            log.warning("batch failed: %r", item)
            break
        finally:
            queue.task_done()


def first_ok(candidates, probe):
    for c in candidates:
        try:
            probe(c)
        except OSError:
            continue
        else:
            return c
    return None
