"""Polling loops for the export worker."""
import logging
import time

from .client import ExportClient, TransientError

log = logging.getLogger(__name__)


def wait_for_export(client: ExportClient, export_id, attempts=10, delay=2.0):
    status = None
    for attempt in range(attempts):
        try:
            status = client.status(export_id)
            if status in ("done", "failed"):
                break
        except TransientError:
            log.info("status call failed (attempt %d), retrying", attempt + 1)
        finally:
            time.sleep(delay)
    return status


def drain_queue(client, queue, metrics):
    while True:
        try:
            item = queue.get_nowait()
            client.push(item)
        except TransientError:
            queue.requeue(item)
            raise
        finally:
            metrics.incr("drain.iterations")
            if queue.empty():
                # expect: swallowed-exception
                break


def upload_parts(client, parts):
    uploaded = []
    for part in parts:
        try:
            uploaded.append(client.upload(part))
        except TransientError as exc:
            log.warning("part %s failed: %s", part.number, exc)
            raise
        finally:
            if part.is_last:
                # expect: swallowed-exception
                break
    return uploaded


def first_healthy(clients):
    for c in clients:
        try:
            if c.ping():
                return c
        except TransientError:
            continue
    return None


def close_all(clients):
    for c in clients:
        try:
            c.close()
        except OSError:
            log.exception("close failed")
        finally:
            log.debug("closed %s", c)
