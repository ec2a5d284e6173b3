# library: Django (django.db.connection.cursor)
"""Maintenance helpers called from management commands."""
from django.db import connection, connections

ALLOWED_TABLES = {"orders_order", "orders_line", "accounts_user"}


def row_count(table):
    if table not in ALLOWED_TABLES:
        raise ValueError(table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM {table}")
        return cursor.fetchone()[0]


def deactivate_users(domain):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("UPDATE accounts_user SET is_active = false WHERE email LIKE '%%@" + domain + "'")


def reassign_orders(old_user_id, new_user_id):
    with connection.cursor() as cursor:
        cursor.execute("UPDATE orders_order SET user_id = %s WHERE user_id = %s", [new_user_id, old_user_id])


def export_orders(alias, since):
    with connections[alias].cursor() as cursor:
        # expect: sql-injection
        cursor.execute("SELECT id, total FROM orders_order WHERE created > '{}'".format(since))
        return cursor.fetchall()


def vacuum(table):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute("VACUUM ANALYZE %s" % table)
