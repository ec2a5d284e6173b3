from django.db import connection

SORTABLE = {"name": "name", "-name": "name DESC", "sku": "sku", "-sku": "sku DESC"}


def query(table, settings, sort):
    per_page = int(settings.get("perPage", 20))
    order = SORTABLE.get(sort, "id")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, name FROM {table} ORDER BY {order} LIMIT %s", [per_page])
        return cursor.fetchall()


def search_products(shop_id, filter_text):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT id, name FROM shuup_product WHERE shop_id = %s AND name LIKE '%%" + filter_text + "%%'", [shop_id])
        return cursor.fetchall()


def search_products_safe(shop_id, filter_text):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, name FROM shuup_product WHERE shop_id = %s AND name LIKE %s", [shop_id, f"%{filter_text}%"])
        return cursor.fetchall()
