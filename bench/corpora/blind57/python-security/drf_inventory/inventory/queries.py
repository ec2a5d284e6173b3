"""Hand-written SQL for the inventory reports (the ORM was too slow for these)."""
from dataclasses import dataclass, field

from django.db import connection

EXPORTABLE_FIELDS = {"sku": "i.sku", "name": "i.name", "quantity": "i.quantity", "warehouse": "w.code"}


@dataclass
class ItemQuery:
    name: str = ""
    warehouse: str = ""
    min_quantity: int = 0
    ordering: str = "sku"
    columns: list = field(default_factory=lambda: ["i.id", "i.sku", "i.name", "i.quantity"])

    def build(self):
        sql = "SELECT " + ", ".join(self.columns) + " FROM inventory_item i"
        sql += " JOIN inventory_warehouse w ON w.id = i.warehouse_id WHERE i.quantity >= %d" % int(self.min_quantity)
        if self.name:
            sql += " AND i.name ILIKE '%%" + self.name + "%%'"
        if self.warehouse:
            sql += f" AND w.code = '{self.warehouse}'"
        sql += " ORDER BY " + self.ordering.lstrip("-") + (" DESC" if self.ordering.startswith("-") else "")
        return sql

    def build_bound(self):
        sql = "SELECT i.id, i.sku, i.name, i.quantity FROM inventory_item i"
        sql += " JOIN inventory_warehouse w ON w.id = i.warehouse_id WHERE i.quantity >= %s"
        params = [int(self.min_quantity)]
        if self.name:
            sql += " AND i.name ILIKE %s"
            params.append(f"%{self.name}%")
        if self.warehouse:
            sql += " AND w.code = %s"
            params.append(self.warehouse)
        return sql, params


def run_item_query(query):
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(query.build())
        return cursor.fetchall()


def run_item_query_bound(query):
    sql, params = query.build_bound()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def export_columns(requested):
    return [EXPORTABLE_FIELDS[name] for name in requested if name in EXPORTABLE_FIELDS] or ["i.sku"]
