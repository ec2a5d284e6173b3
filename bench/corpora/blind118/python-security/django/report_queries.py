"""Query builders behind the scheduled sales reports (config comes from saved ReportDefinition rows)."""
from django.db.models import Count, F, Sum

from shop.models import Order, Product

ALLOWED_GROUPINGS = {"day": "date_trunc('day', created_at)", "month": "date_trunc('month', created_at)"}


def orders_in_region(region_code, status):
    # expect: sql-injection
    return Order.objects.extra(where=["shipping_region = '%s' AND status = '%s'" % (region_code, status)])


def orders_by_period(grouping):
    expr = ALLOWED_GROUPINGS[grouping]
    return Order.objects.extra(select={"period": expr}).values("period").annotate(total=Sum("amount"))


def recent_flag():
    return Order.objects.extra(select={"is_recent": "created_at > now() - interval '7 days'"})


def products_with_margin(definition):
    qs = Product.objects.filter(active=True)
    # expect: sql-injection
    return qs.extra(select={"margin": f"price - {definition.cost_column}"}, order_by=["-margin"])


def products_matching(definition):
    # expect: sql-injection
    return Product.objects.extra(where=["category_id IN (" + ",".join(definition.category_ids) + ")", "stock > 0"])


def products_in_categories(category_ids):
    return Product.objects.extra(where=["category_id = ANY(%s)"], params=[list(category_ids)])


def top_customers(limit):
    return (
        Order.objects.values("customer_id")
        .annotate(orders=Count("id"), revenue=Sum(F("amount")))
        .order_by("-revenue")[: int(limit)]
    )
