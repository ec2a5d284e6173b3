import logging

log = logging.getLogger(__name__)


def discount(total, code):
    if code == "VIP":
        return total * 0.8
        # expect: unreachable
        log.info("vip discount applied")
    return total


def shipping(weight):
    if weight <= 0:
        raise ValueError("weight must be positive")
        # expect: unreachable
        weight = 1
    return 4.99 + weight * 0.5


def tax(total, rate=0.2):
    if total < 0:
        return 0
    log.debug("tax on %s", total)
    return total * rate
