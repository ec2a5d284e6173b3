"""Data access for products; every SQL statement of the catalog lives here."""
from ..db import fetch_all, get_db, run_statement

SORTABLE_COLUMNS = {"name": "name", "price": "price_cents", "newest": "created_at DESC"}


class ProductRepository:
    table = "products"

    def find_by_name(self, term, tenant):
        pattern = f"%{term}%"
        sql = "SELECT id, name, price_cents FROM products WHERE tenant = ? AND name LIKE '" + pattern + "'"
        # expect: sql-injection
        rows = get_db().execute(sql, (tenant,)).fetchall()
        return [dict(r) for r in rows]

    def find_by_name_bound(self, term, tenant):
        sql = "SELECT id, name, price_cents FROM products WHERE tenant = ? AND name LIKE ?"
        return fetch_all(sql, (tenant, f"%{term}%"))

    def list_sorted(self, sort_key, tenant):
        column = SORTABLE_COLUMNS.get(sort_key, "name")
        return fetch_all(f"SELECT id, name FROM {self.table} WHERE tenant = ? ORDER BY {column}", (tenant,))

    def list_for_tenant(self, tenant):
        sql = f"SELECT id, name FROM {self.table} WHERE tenant = '{tenant}'"
        # expect: sql-injection
        return [dict(r) for r in get_db().execute(sql).fetchall()]

    def count_audit(self, source):
        row = get_db().execute(f"SELECT count(*) AS n FROM search_audit WHERE source = '{source}'").fetchone()
        return row["n"]

    def page(self, page_number, per_page=25):
        offset = max(page_number - 1, 0) * per_page
        return fetch_all(f"SELECT id, name FROM {self.table} LIMIT {per_page} OFFSET {offset}")

    def bulk_tag(self, product_ids, tags):
        statements = []
        for product_id in product_ids:
            for tag in tags:
                statements.append(f"INSERT INTO product_tags (product_id, tag) VALUES ({int(product_id)}, '{tag}');")
        script = "BEGIN;\n" + "\n".join(statements) + "\nCOMMIT;"
        return run_statement(script)

    def bulk_tag_bound(self, product_ids, tags):
        conn = get_db()
        rows = [(int(pid), str(tag)) for pid in product_ids for tag in tags]
        conn.executemany("INSERT INTO product_tags (product_id, tag) VALUES (?, ?)", rows)
        conn.commit()
        return len(rows)
