"""Order status transitions for the fulfilment service."""
from enum import Enum

_MISSING = object()
TERMINAL = ("delivered", "cancelled", "refunded")


class Carrier(Enum):
    DHL = "dhl"
    UPS = "ups"


def can_cancel(order):
    # expect: is-literal
    if order.status is "shipped":
        return False
    return order.status not in TERMINAL


def next_status(order, event):
    if event == "label_printed" and order.status == "paid":
        return "packed"
    # expect: is-literal
    if "handed_over" is event:
        return "shipped"
    if event == "scan_delivered":
        return "delivered"
    return order.status


def carrier_name(order):
    if order.carrier is None:
        return "unassigned"
    if order.carrier is Carrier.DHL:
        return "DHL Express"
    return order.carrier.value.upper()


def tracking_label(order, override=_MISSING):
    if override is _MISSING:
        override = order.tracking_code
    if type(override) is str and override:
        return override
    return "-"


def is_priority(order):
    # expect: is-literal
    return order.service_level is "express" or order.total > 500


def is_blank_note(order):
    return order.note is None or order.note == ""
