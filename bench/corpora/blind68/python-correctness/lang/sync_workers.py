"""Workers that sync orders to the warehouse API and poll for shipment updates."""
import asyncio
import logging
import time

import requests

log = logging.getLogger("sync")

API = "https://warehouse.internal/api/v3"


def push_orders(orders, session=None):
    session = session or requests.Session()
    for order in orders:
        try:
            resp = session.post(f"{API}/orders", json=order.to_dict(), timeout=10)
            resp.raise_for_status()
        except requests.Timeout:
            log.warning("timeout pushing %s", order.id)
        finally:
            order.mark_attempted()
            # expect: swallowed-exception
            break


def poll_shipments(client, interval=30):
    while True:
        try:
            updates = client.fetch_updates()
            client.apply(updates)
        except ConnectionError as exc:
            log.error("warehouse unreachable: %s", exc)
        finally:
            time.sleep(interval)
            if client.stopped:
                log.info("poller stopped")
            # expect: swallowed-exception
            break


async def drain_queue(queue):
    async for message in queue:
        try:
            await message.process()
        except asyncio.TimeoutError:
            await message.nack()
        finally:
            await message.ack()
            # expect: swallowed-exception
            break


def retry_upload(upload, attempts=3):
    for attempt in range(attempts):
        try:
            upload.send()
        except OSError:
            log.warning("upload attempt %d failed", attempt)
            continue
        finally:
            upload.close_handles()
        break


def first_reachable(hosts):
    for host in hosts:
        try:
            requests.head(f"https://{host}/health", timeout=3).raise_for_status()
        except requests.RequestException:
            continue
        else:
            return host
        finally:
            log.debug("checked %s", host)
    return None
