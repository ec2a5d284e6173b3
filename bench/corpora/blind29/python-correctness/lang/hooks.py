"""Lifecycle hooks for the importer service."""
import logging

log = logging.getLogger(__name__)


# expect: pass-body
def verify_signature(payload, signature):
    pass


# expect: pass-body
def on_shutdown(app):
    pass


def drain(queue, retries):
    # expect: pass-body
    for attempt in range(retries):
        pass
    return queue.get_nowait()


def import_rows(rows, sink):
    # expect: pass-body
    for row in rows:
        pass
    sink.flush()


class Plugin:
    def on_load(self):
        pass

    def on_unload(self):
        pass


def notify(recipient, message):
    raise NotImplementedError("notifications are configured per deployment")


def remove_stale(path):
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def count_rows(rows):
    total = 0
    for _ in rows:
        total += 1
    return total
