"""Inventory search queries for the warehouse API."""
import sqlalchemy
from sqlalchemy import bindparam, select

from .db import engine
from .models import Item

SORTABLE = {"sku": "sku", "qty": "quantity", "updated": "updated_at"}
LOW_STOCK_SQL = "SELECT sku, quantity FROM items WHERE quantity < reorder_level ORDER BY quantity"


def search_items(term: str, sort: str, direction: str):
    with engine.connect() as conn:
        # expect: sql-injection
        stmt = sqlalchemy.text(f"SELECT sku, name, quantity FROM items WHERE name ILIKE '%{term}%' ORDER BY {sort} {direction}")
        return conn.execute(stmt).fetchall()


def search_items_bound(term: str, sort: str, descending: bool):
    column = SORTABLE.get(sort, "sku")
    order = "DESC" if descending else "ASC"
    stmt = sqlalchemy.text(
        f"SELECT sku, name, quantity FROM items WHERE name ILIKE :pattern ORDER BY {column} {order}"
    )
    with engine.connect() as conn:
        return conn.execute(stmt, {"pattern": f"%{term}%"}).fetchall()


def items_in_bins(bins: str):
    """bins is the comma-separated list from the ?bins= query parameter."""
    with engine.connect() as conn:
        # expect: sql-injection
        return conn.execute(sqlalchemy.text("SELECT sku, bin FROM items WHERE bin IN (" + bins + ")")).fetchall()


def items_in_bins_bound(bins: list[str]):
    stmt = sqlalchemy.text("SELECT sku, bin FROM items WHERE bin IN :bins").bindparams(
        bindparam("bins", expanding=True)
    )
    with engine.connect() as conn:
        return conn.execute(stmt, {"bins": bins}).fetchall()


def supplier_items(supplier: str):
    with engine.connect() as conn:
        # expect: sql-injection
        return conn.execute(sqlalchemy.text("SELECT sku FROM items WHERE supplier = '%s'" % supplier)).fetchall()


def low_stock():
    with engine.connect() as conn:
        return conn.execute(sqlalchemy.text(LOW_STOCK_SQL)).fetchall()


def item_by_sku(sku: str):
    with engine.connect() as conn:
        return conn.execute(select(Item).where(Item.sku == sku)).scalar_one_or_none()
