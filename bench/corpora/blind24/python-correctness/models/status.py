"""Order status helpers."""
from enum import Enum


class Status(str, Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"


def is_new(order) -> bool:
    # expect: is-literal
    return order.status is "new"


def is_paid(order) -> bool:
    return order.status == Status.PAID


def has_items(order) -> bool:
    # expect: is-literal
    return order.item_count is not 0


def has_coupon(order) -> bool:
    return order.coupon is not None


def label(order) -> str:
    if order.status == Status.SHIPPED:
        return "On its way"
        # expect: unreachable
        log_shipped(order)
    return order.status.value


def log_shipped(order):
    print("shipped", order.id)
