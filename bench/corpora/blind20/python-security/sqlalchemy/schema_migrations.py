"""Tiny in-app schema patcher run at start-up, plus a tenant switcher (exec_driver_sql)."""
import logging
import re

from sqlalchemy import create_engine, inspect

log = logging.getLogger(__name__)

ADDED_COLUMNS = {
    "orders": {"channel": "VARCHAR(32) DEFAULT 'web'", "gift_note": "TEXT"},
    "customers": {"locale": "VARCHAR(8) DEFAULT 'en'"},
}
SCHEMA_NAME = re.compile(r"^[a-z][a-z0-9_]{0,40}$")


def patch_columns(engine) -> None:
    inspector = inspect(engine)
    with engine.begin() as conn:
        for table, columns in ADDED_COLUMNS.items():
            existing = {c["name"] for c in inspector.get_columns(table)}
            for name, ddl in columns.items():
                if name not in existing:
                    conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {name} {ddl}")
                    log.info("added %s.%s", table, name)


def use_tenant(conn, tenant_slug: str) -> None:
    if not SCHEMA_NAME.fullmatch(tenant_slug):
        raise ValueError("bad tenant")
    conn.exec_driver_sql(f'SET search_path TO "{tenant_slug}", public')


def use_tenant_from_header(conn, header_value: str) -> None:
    # expect: sql-injection
    conn.exec_driver_sql(f"SET search_path TO {header_value}, public")


def rename_customer(engine, customer_id: int, new_name: str) -> None:
    with engine.begin() as conn:
        # expect: sql-injection
        conn.exec_driver_sql(f"UPDATE customers SET name = '{new_name}' WHERE id = {customer_id}")


def rename_customer_bound(engine, customer_id: int, new_name: str) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE customers SET name = %(n)s WHERE id = %(i)s", {"n": new_name, "i": customer_id})


def table_sizes(dsn: str) -> dict:
    engine = create_engine(dsn)
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT relname, n_live_tup FROM pg_stat_user_tables").all()
    return {name: count for name, count in rows}
