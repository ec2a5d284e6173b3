"""Report SQL helpers over the Django connection."""
from django.db import connection


def build_summary(product_id, builds, tag=None):
    with connection.cursor() as cursor:
        if tag:
            cursor.execute("SELECT b.name, COUNT(r.id) FROM test_builds b JOIN test_runs r ON r.build_id = b.build_id "
                           "JOIN test_run_tags t ON t.run_id = r.run_id WHERE b.product_id = %s AND t.name = %s GROUP BY b.name",
                           [product_id, tag])
            return cursor.fetchall()
        names = ", ".join(f"'{b}'" for b in builds) or "''"
        # expect: sql-injection
        cursor.execute(f"SELECT b.name, COUNT(r.id) FROM test_builds b JOIN test_runs r ON r.build_id = b.build_id WHERE b.product_id = %s AND b.name IN ({names}) GROUP BY b.name", [product_id])
        return cursor.fetchall()


def builds_by_ids(product_id, ids):
    placeholders = ", ".join(["%s"] * len(ids))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT build_id, name FROM test_builds WHERE product_id = %s AND build_id IN ({placeholders})", [product_id, *ids])
        return cursor.fetchall()
