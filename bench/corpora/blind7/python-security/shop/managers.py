from django.db import connection, models
from django.db.models import F, Q
from django.db.models.expressions import RawSQL


class ProductQuerySet(models.QuerySet):
    def in_category(self, slug):
        return self.filter(category__slug=slug)

    def cheaper_than(self, price):
        return self.filter(price__lt=price)

    def with_rank(self, keyword):
        return self.annotate(
            # expect: sql-injection
            rank=RawSQL("ts_rank(search_vector, plainto_tsquery('%s'))" % keyword, [])
        )

    def with_rank_safe(self, keyword):
        return self.annotate(rank=RawSQL("ts_rank(search_vector, plainto_tsquery(%s))", [keyword]))

    def tagged(self, tag):
        return self.extra(
            # expect: sql-injection
            where=["id IN (SELECT product_id FROM shop_tag WHERE name = '%s')" % tag]
        )

    def tagged_safe(self, tag):
        return self.extra(where=["id IN (SELECT product_id FROM shop_tag WHERE name = %s)"], params=[tag])


class ProductManager(models.Manager.from_queryset(ProductQuerySet)):
    def by_sku_prefix(self, prefix):
        # expect: sql-injection
        return self.raw(f"SELECT * FROM shop_product WHERE sku LIKE '{prefix}%%'")

    def by_supplier(self, supplier_id):
        return self.raw("SELECT * FROM shop_product WHERE supplier_id = %s", [supplier_id])

    def restock_candidates(self):
        return self.filter(Q(stock__lt=F("reorder_level")) | Q(stock=0))


def stock_value(warehouse_code):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT SUM(price * stock) FROM shop_product WHERE warehouse = %s", [warehouse_code]
        )
        return cursor.fetchone()[0]


def reset_sequence(table):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT setval(pg_get_serial_sequence('%s', 'id'), 1, false)" % table)
