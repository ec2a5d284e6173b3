"""Ad-hoc reporting queries for the analytics dashboard."""
from sqlalchemy import create_engine, select, text
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.orm import Session

from .models import Order
from .settings import DATABASE_URL, ASYNC_DATABASE_URL

engine = create_engine(DATABASE_URL)
async_engine = create_async_engine(ASYNC_DATABASE_URL)

SORTABLE = {"created": "created_at", "total": "total_cents"}


def orders_for_customer(customer_id):
    with engine.connect() as conn:
        # expect: sql-injection
        return conn.execute("SELECT id, total_cents FROM orders WHERE customer_id = " + customer_id).fetchall()


def orders_in_region(region, status):
    with engine.begin() as conn:
        # expect: sql-injection
        rows = conn.execute("SELECT * FROM orders WHERE region = '%s' AND status = '%s'" % (region, status))
        return rows.fetchall()


def top_products(session: Session, category, limit=10):
    sql = "SELECT product_id, SUM(qty) AS n FROM order_lines WHERE category = '{}' GROUP BY product_id LIMIT {}".format(
        category, limit
    )
    # expect: sql-injection
    return session.execute(text(sql)).all()


async def search_orders(term):
    async with async_engine.connect() as conn:
        # expect: sql-injection
        result = await conn.execute(text(f"SELECT id FROM orders WHERE reference LIKE '%{term}%'"))
        return result.scalars().all()


class Reports:
    def __init__(self, session: Session):
        self.session = session

    def by_status(self, status):
        query = "SELECT COUNT(*) FROM orders WHERE status = '" + status + "'"
        # expect: sql-injection
        return self.session.execute(text(query)).scalar()

    def by_customer(self, customer_id):
        return self.session.execute(
            text("SELECT * FROM orders WHERE customer_id = :cid"), {"cid": customer_id}
        ).all()

    def recent(self, sort="created"):
        column = SORTABLE.get(sort, "created_at")
        return self.session.execute(text(f"SELECT id FROM orders ORDER BY {column} DESC LIMIT 50")).all()

    def by_ids(self, ids):
        stmt = select(Order).where(Order.id.in_(ids))
        return self.session.execute(stmt).scalars().all()
