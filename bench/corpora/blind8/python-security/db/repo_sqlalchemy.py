# library: SQLAlchemy 2.0
"""Customer repository (SQLAlchemy Core + text())."""
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session

from .models import Customer

engine = create_engine("postgresql+psycopg://app@localhost/crm", pool_pre_ping=True)

ORDERABLE = {"name": Customer.name, "created": Customer.created_at}


def find_by_email(email: str):
    with Session(engine) as s:
        return s.scalars(select(Customer).where(Customer.email == email)).first()


def find_by_domain(domain: str):
    with Session(engine) as s:
        # expect: sql-injection
        return s.execute(text(f"SELECT id, name FROM customers WHERE email LIKE '%@{domain}'")).all()


def find_by_city(city: str):
    with Session(engine) as s:
        return s.execute(text("SELECT id, name FROM customers WHERE city = :city"), {"city": city}).all()


def list_sorted(order: str):
    column = ORDERABLE.get(order, Customer.name)
    with Session(engine) as s:
        return s.scalars(select(Customer).order_by(column)).all()


def list_sorted_raw(order: str):
    with Session(engine) as s:
        # expect: sql-injection
        return s.scalars(select(Customer).order_by(text(order))).all()


def filter_raw(clause: str):
    with Session(engine) as s:
        # expect: sql-injection
        return s.scalars(select(Customer).where(text("status = '" + clause + "'"))).all()


def recent(days: int):
    stmt = text("SELECT id FROM customers WHERE created_at > now() - make_interval(days => :d)").bindparams(d=days)
    with engine.connect() as conn:
        return conn.execute(stmt).all()


def set_search_path(schema: str):
    with engine.connect() as conn:
        # expect: sql-injection
        conn.exec_driver_sql("SET search_path TO %s" % schema)
