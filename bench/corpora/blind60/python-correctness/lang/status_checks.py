"""Order status checks used by the fulfilment worker."""
import enum

SENTINEL = object()


class Status(str, enum.Enum):
    PENDING = "pending"
    SHIPPED = "shipped"


def can_ship(order):
    # expect: is-literal
    if order.status is "paid":
        return True
    return order.status == Status.PENDING.value


def is_cancelled(order):
    # expect: is-literal
    return "cancelled" is order.status


def needs_review(order):
    # expect: is-literal
    if order.country is not "US":
        return True
    return False


def same_warehouse(a, b):
    # expect: is-literal
    return a.warehouse is a.warehouse


def describe(value):
    if value is None:
        return "missing"
    if value is True:
        return "yes"
    if type(value) is str:
        return value
    if value is SENTINEL:
        return "default"
    return repr(value)


def carrier_label(order):
    mode = order.shipping_mode
    # expect: is-literal
    label = "express" if mode is "next_day" else "standard"
    return label
