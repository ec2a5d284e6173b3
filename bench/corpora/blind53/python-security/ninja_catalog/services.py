"""Catalog queries that go below the ORM."""
from django.db import connection
from django.db.models import F
from django.db.models.expressions import RawSQL

from .models import Product

ORDERABLE = {"name": "name", "price": "price", "newest": "-created_at"}


def products_in_category(category: str, brand: str | None) -> list[Product]:
    sql = "SELECT * FROM catalog_product WHERE category = '%s'" % category
    if brand:
        sql += " AND brand = '%s'" % brand
    # expect: sql-injection
    return list(Product.objects.raw(sql))


def products_in_category_bound(category: str, brand: str | None) -> list[Product]:
    sql = "SELECT * FROM catalog_product WHERE category = %s"
    params = [category]
    if brand:
        sql += " AND brand = %s"
        params.append(brand)
    return list(Product.objects.raw(sql, params))


def with_discount(expr: str):
    # expect: sql-injection
    return Product.objects.annotate(discounted=RawSQL(f"price * {expr}", []))


def with_fixed_discount(rate: float):
    return Product.objects.annotate(discounted=RawSQL("price * %s", [rate]))


def price_band(min_price: int, order_key: str):
    qs = Product.objects.filter(price__gte=min_price)
    return qs.order_by(ORDERABLE.get(order_key, "name"))


def legacy_where(clause: str):
    # expect: sql-injection
    return Product.objects.extra(where=[clause])


def count_by_brand(brand: str) -> int:
    with connection.cursor() as cur:
        cur.execute("SELECT COUNT(*) FROM catalog_product WHERE brand = %s", [brand])
        return cur.fetchone()[0]


def restock_counts(skus: list[str]) -> dict:
    joined = ",".join(f"'{s}'" for s in skus)
    with connection.cursor() as cur:
        # expect: sql-injection
        cur.execute(f"SELECT sku, stock FROM catalog_product WHERE sku IN ({joined})")
        return dict(cur.fetchall())


def bump_prices(percent: int) -> None:
    Product.objects.update(price=F("price") * (100 + percent) / 100)
