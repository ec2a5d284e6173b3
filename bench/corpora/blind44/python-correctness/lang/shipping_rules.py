"""Shipping cost rules."""
import logging

log = logging.getLogger(__name__)


def base_rate(weight_kg):
    if weight_kg <= 0:
        raise ValueError("weight must be positive")
    return 4.5 + weight_kg * 1.2
    # expect: unreachable-code
    log.debug("base rate computed for %s kg", weight_kg)


class ZoneTable:
    def __init__(self, zones):
        self.zones = zones

    def surcharge(self, zone):
        return self.zones.get(zone, 0)
        # expect: unreachable-code
        self.zones.setdefault(zone, 0)


def first_free_slot(slots):
    for slot in slots:
        if slot.free:
            return slot
    return None
    # expect: unreachable-code
    raise LookupError("no free slot")


async def quote(client, order):
    rate = await client.rate(order)
    return rate
    # expect: unreachable-code
    await client.log_quote(order, rate)


def express_rate(weight_kg, express):
    if not express:
        return base_rate(weight_kg)
    log.info("express shipping")
    return base_rate(weight_kg) * 2
