# library: standard library (asyncio, logging)
"""Background jobs for inventory counts."""
import asyncio
import logging

log = logging.getLogger(__name__)


async def recount(store, sku):
    try:
        return await store.recount(sku)
    except asyncio.TimeoutError:
        log.warning("recount of %s timed out", sku)
        return None


async def recount_all(store, skus):
    results = {}
    for sku in skus:
        try:
            results[sku] = await store.recount(sku)
        except Exception as exc:
            # expect: swallowed-exception
            log.error("recount failed for %s: %s", sku, exc)
    return results


async def recount_all_v2(store, skus):
    results = {}
    for sku in skus:
        try:
            results[sku] = await store.recount(sku)
        except Exception:
            log.exception("recount failed for %s", sku)
    return results


def schedule(loop, store, skus):
    # expect: unused-result
    asyncio.gather(*(recount(store, s) for s in skus))


async def schedule_v2(store, skus):
    return await asyncio.gather(*(recount(store, s) for s in skus))


def priority(level):
    # expect: is-literal
    if level is 0:
        return "low"
    if level is None:
        return "unknown"
    return "high" if level > 5 else "normal"
