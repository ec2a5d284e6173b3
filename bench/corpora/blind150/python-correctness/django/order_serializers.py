"""Builds API payloads for orders and their lines."""
import logging

from .models import Order, OrderLine

log = logging.getLogger(__name__)


def order_payload(order: Order) -> dict:
    return {
        "id": order.pk,
        # expect: extra-query
        "customer_id": order.customer.id,
        "status": order.status,
        "total": str(order.total),
    }


def line_payloads(order: Order) -> list:
    rows = []
    for line in order.lines.all():
        # expect: extra-query
        rows.append({"id": line.pk, "product_id": line.product.id, "qty": line.quantity})
    return rows


def is_owned_by(order: Order, user) -> bool:
    # expect: extra-query
    return order.customer.id == user.pk


def order_payload_fast(order: Order) -> dict:
    return {
        "id": order.pk,
        "customer_id": order.customer_id,
        "status": order.status,
        "total": str(order.total),
    }


def line_payloads_fast(order: Order) -> list:
    return [
        {"id": line.pk, "product_id": line.product_id, "qty": line.quantity}
        for line in order.lines.all()
    ]


def customer_name(order: Order) -> str:
    return order.customer.get_full_name()


def orders_for_dashboard(user):
    orders = Order.objects.filter(customer=user).select_related("customer")
    return [order_payload_fast(o) for o in orders]


def lines_with_products(order_id):
    lines = OrderLine.objects.filter(order_id=order_id).select_related("product")
    log.debug("loaded %d lines", len(lines))
    return [(line.product.name, line.quantity) for line in lines]
