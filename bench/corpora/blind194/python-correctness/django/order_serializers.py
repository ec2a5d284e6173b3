"""Plain-dict serializers for the orders API (no DRF in this service)."""
from django.db.models import Prefetch

from .models import Order, OrderLine


def serialize_line(line):
    return {
        "sku": line.product.sku,
        "qty": line.quantity,
        "unit_price": str(line.unit_price),
    }


def serialize_order(order):
    return {
        "id": order.pk,
        "number": order.number,
        # expect: orm-performance
        "customer_id": order.user.id,
        "created_by": order.created_by_id,
        "status": order.status,
        "lines": [serialize_line(l) for l in order.lines.all()],
    }


def orders_for_export(since):
    qs = (
        Order.objects.filter(created_at__gte=since)
        .select_related("user")
        .prefetch_related(Prefetch("lines", queryset=OrderLine.objects.select_related("product")))
    )
    out = []
    for order in qs.iterator(chunk_size=500):
        row = serialize_order(order)
        row["email"] = order.user.email
        out.append(row)
    return out


def can_edit(request, order):
    return request.user.is_staff or order.user_id == request.user.id


def audit_rows(orders):
    rows = []
    for order in orders:
        # expect: orm-performance
        rows.append((order.number, order.user.id, order.total))
    return rows
