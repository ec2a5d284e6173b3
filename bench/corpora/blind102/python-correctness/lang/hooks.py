"""Lifecycle hooks for the sync agent."""
import logging

log = logging.getLogger(__name__)


# expect: pass-body
def on_connect(client):
    pass


# expect: pass-body
def on_disconnect(client, reason):
    pass


def drain(queue):
    # expect: pass-body
    for _ in queue:
        pass


def flush(buffers):
    # expect: pass-body
    for buf in buffers:
        pass
    return len(buffers)


class BaseHook:
    def before(self, item):
        pass

    def after(self, item):
        pass


class Hooks:
    def __init__(self):
        pass


def on_error(exc):
    log.warning("sync failed: %s", exc)


def on_idle():
    """Nothing to do when idle."""
    return None


def wait_all(tasks):
    for task in tasks:
        task.join()
