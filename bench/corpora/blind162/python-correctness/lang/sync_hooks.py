"""Hooks the CRM sync job calls between batches."""
import logging
import time
from typing import Protocol

log = logging.getLogger(__name__)


class SyncListener(Protocol):
    def on_batch(self, size: int) -> None: ...


class NullListener:
    """Listener used when nobody subscribes; doing nothing is the point."""

    def on_batch(self, size: int) -> None:
        pass


# expect: empty-function
def verify_batch_signature(payload: bytes, signature: str) -> None:
    pass


# expect: empty-function
def rollback_batch(conn, batch_id: str) -> None:
    pass


def not_ready(name: str) -> None:
    raise NotImplementedError(f"{name} is not wired up yet")


def wait_for_quota(client, retries: int = 5) -> bool:
    for attempt in range(retries):
        if client.remaining_quota() > 0:
            return True
        time.sleep(2 ** attempt)
    return False


def flush_pending(client, pending) -> None:
    """Send the pending updates before the batch closes."""
    # expect: empty-function
    for update in pending:
        pass


def drain_and_ack(queue) -> int:
    count = 0
    for item in queue:
        item.ack()
        count += 1
    return count


def run_batch(conn, batch, payload: bytes, signature: str, listener: SyncListener = NullListener()) -> None:
    verify_batch_signature(payload, signature)
    try:
        conn.apply(batch)
    except Exception:
        rollback_batch(conn, batch.id)
        log.exception("batch %s failed", batch.id)
        raise
    listener.on_batch(len(batch))
