# library: django (django.db.models.expressions.RawSQL)
from django.db.models.expressions import RawSQL

from shop.models import Order, Product


def products_with_score(weight_field):
    # expect: sql-injection
    score = RawSQL(f"SELECT SUM({weight_field}) FROM shop_review r WHERE r.product_id = shop_product.id", [])
    return Product.objects.annotate(score=score)


def orders_in_region(region):
    # expect: sql-injection
    return Order.objects.filter(id__in=RawSQL("SELECT id FROM shop_order WHERE region = '%s'" % region, []))


def orders_in_region_safe(region):
    return Order.objects.filter(id__in=RawSQL("SELECT id FROM shop_order WHERE region = %s", [region]))


def products_with_reviews(min_stars):
    return Product.objects.annotate(
        reviews=RawSQL("SELECT COUNT(*) FROM shop_review r WHERE r.product_id = shop_product.id AND r.stars >= %s", (min_stars,)),
    )


SORTABLE = {"price": "price", "newest": "created_at"}


def products_sorted(key):
    column = SORTABLE.get(key, "price")
    return Product.objects.annotate(sort_key=RawSQL(f"shop_product.{column}", []))
