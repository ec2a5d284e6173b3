"""Raw SQL reports over the warehouse connection."""
from sqlalchemy import create_engine, select, text

from .config import WAREHOUSE_URL
from .tables import orders

engine = create_engine(WAREHOUSE_URL)

SORTABLE = {"total": "total_cents", "date": "created_at"}


def revenue_by_region(region):
    with engine.connect() as conn:
        # expect: sql-injection
        return conn.execute("SELECT sum(total_cents) FROM orders WHERE region = '" + region + "'").scalar()


def customer_orders(customer_id, sort):
    column = SORTABLE.get(sort, "created_at")
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT id, total_cents FROM orders WHERE customer_id = :cid ORDER BY {column}"), {"cid": customer_id})
        return rows.fetchall()


def purge_sessions(user_id):
    with engine.begin() as conn:
        # expect: sql-injection
        conn.execute("DELETE FROM sessions WHERE user_id = {}".format(user_id))


def search_products(term):
    with engine.connect() as conn:
        # expect: sql-injection
        return conn.execute(f"SELECT id, name FROM products WHERE name ILIKE '%{term}%'").fetchall()


def region_totals(region):
    with engine.connect() as conn:
        return conn.execute(text("SELECT sum(total_cents) FROM orders WHERE region = :r"), {"r": region}).scalar()


def recent(limit):
    with engine.connect() as conn:
        return conn.execute(select(orders).order_by(orders.c.created_at.desc()).limit(limit)).fetchall()
