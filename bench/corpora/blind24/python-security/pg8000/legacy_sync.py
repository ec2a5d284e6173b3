"""Nightly sync from the legacy ERP (pg8000)."""
import pg8000.native


def open_conn(password: str) -> pg8000.native.Connection:
    return pg8000.native.Connection("erp_sync", host="erp-db.internal", database="erp", password=password)


def fetch_orders(conn: pg8000.native.Connection, region: str):
    return conn.run("SELECT id, total FROM orders WHERE region = :region", region=region)


def fetch_orders_by_rep(conn: pg8000.native.Connection, rep: str):
    # expect: sql-injection
    return conn.run(f"SELECT id, total FROM orders WHERE sales_rep = '{rep}'")


def truncate(conn: pg8000.native.Connection, table: str):
    conn.run("TRUNCATE " + pg8000.native.identifier(table))


def mark_synced(conn: pg8000.native.Connection, ids: list[str]):
    # expect: sql-injection
    conn.run("UPDATE orders SET synced = true WHERE id IN (%s)" % ",".join(ids))


def mark_one(conn: pg8000.native.Connection, order_id: int):
    conn.run("UPDATE orders SET synced = true WHERE id = :id", id=order_id)
