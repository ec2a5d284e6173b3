"""Catalog repository on SQLAlchemy 1.4/2.0 (core and ORM)."""
from sqlalchemy import create_engine, desc, func, select, text
from sqlalchemy.orm import Session

from .models import Product

engine = create_engine("postgresql+psycopg://catalog@db/catalog", future=True)


class CatalogRepo:
    def __init__(self, session: Session):
        self.session = session

    def by_category(self, category):
        # expect: sql-injection
        return self.session.execute(text("SELECT * FROM products WHERE category = '" + category + "'")).all()

    def by_category_bound(self, category):
        return self.session.execute(text("SELECT * FROM products WHERE category = :c"), {"c": category}).all()

    def search(self, term):
        clause = "name ILIKE '%{}%'".format(term)
        # expect: sql-injection
        return self.session.query(Product).filter(text(clause)).all()

    def sorted(self, column):
        # expect: sql-injection
        return self.session.query(Product).order_by(text(column)).all()

    def sorted_safe(self, column):
        col = {"price": Product.price, "name": Product.name}.get(column, Product.name)
        return self.session.query(Product).order_by(desc(col)).all()

    def brands(self, expr):
        # expect: sql-injection
        return self.session.query(Product.brand).distinct(text(expr)).all()

    def counts(self, group_col, min_count):
        q = select(Product.brand, func.count()).group_by(Product.brand)
        # expect: sql-injection
        q = q.having(text(f"count(*) > {min_count}"))
        return self.session.execute(q).all()


def purge(table_name):
    with engine.begin() as conn:
        # expect: sql-injection
        conn.exec_driver_sql(f"DELETE FROM {table_name} WHERE archived")
        conn.execute(text("DELETE FROM products WHERE archived"))


def stats(conn, since):
    sql = "SELECT count(*) FROM orders WHERE created_at > '%s'" % since
    # expect: sql-injection
    return conn.execute(text(sql)).scalar()
