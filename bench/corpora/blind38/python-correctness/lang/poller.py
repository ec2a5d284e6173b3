"""Polls the upstream queue and retries flaky reads."""
import logging

from upstream import ConnectionLost, DecodeError, QueueClient

log = logging.getLogger(__name__)


def drain(client: QueueClient):
    while True:
        try:
            message = client.receive(timeout=5)
            client.ack(message.id)
        except ConnectionLost:
            client.reconnect()
        finally:
            client.flush_metrics()
            # expect: break-in-finally
            break


def fetch_with_retries(client, key, attempts=3):
    value = None
    for attempt in range(attempts):
        try:
            value = client.get(key)
        except (TimeoutError, DecodeError) as exc:
            log.warning("attempt %d failed: %s", attempt, exc)
        finally:
            client.release()
            # expect: break-in-finally
            break
    return value


async def consume(stream):
    async for batch in stream:
        try:
            await batch.process()
        except ValueError:
            await batch.reject()
        finally:
            await batch.commit()
            if batch.last:
                # expect: break-in-finally
                break


def fetch_with_retries_fixed(client, key, attempts=3):
    for attempt in range(attempts):
        try:
            value = client.get(key)
        except (TimeoutError, DecodeError) as exc:
            log.warning("attempt %d failed: %s", attempt, exc)
            continue
        finally:
            client.release()
        return value
    return None


def drain_fixed(client: QueueClient):
    while True:
        try:
            message = client.receive(timeout=5)
        except ConnectionLost:
            client.reconnect()
            continue
        else:
            client.ack(message.id)
            break
