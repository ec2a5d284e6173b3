"""Mappings between carrier status codes and our shipment states."""
import enum
import logging

log = logging.getLogger(__name__)


class ShipmentState(enum.Enum):
    CREATED = "created"
    IN_TRANSIT = "in_transit"
    DELIVERED = "delivered"
    RETURNED = "returned"
    LOST = "lost"


CARRIER_A = {
    "CR": ShipmentState.CREATED,
    "IT": ShipmentState.IN_TRANSIT,
    "DL": ShipmentState.DELIVERED,
    "RT": ShipmentState.RETURNED,
    # expect: duplicate-key
    "IT": ShipmentState.LOST,
}

CARRIER_B = {
    100: ShipmentState.CREATED,
    200: ShipmentState.IN_TRANSIT,
    300: ShipmentState.DELIVERED,
    400: ShipmentState.RETURNED,
    500: ShipmentState.LOST,
}

RETRYABLE_HTTP = {
    "timeout": True,
    "rate_limited": True,
    "server_error": True,
    # expect: duplicate-key
    "timeout": False,
}

FINAL_STATES = {ShipmentState.DELIVERED, ShipmentState.RETURNED, ShipmentState.LOST}


def label_texts(locale):
    texts = {
        "created": "Label created",
        "in_transit": "On its way",
        "delivered": "Delivered",
        # expect: duplicate-key
        "created": "Awaiting pickup",
    }
    if locale != "en":
        log.debug("no translation for %s, using English", locale)
    return texts


def map_status(carrier, code):
    table = CARRIER_A if carrier == "a" else CARRIER_B
    state = table.get(code)
    if state is None:
        log.warning("unknown %s status %r", carrier, code)
    return state
