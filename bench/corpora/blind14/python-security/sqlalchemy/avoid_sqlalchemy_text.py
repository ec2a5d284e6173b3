# library: SQLAlchemy (text())
"""Repository functions for the ticketing service."""
from sqlalchemy import bindparam, select, text

from .db import engine
from .models import Ticket

SORTABLE = {"created": "created_at", "priority": "priority"}


def tickets_for_queue(queue):
    with engine.connect() as conn:
        # expect: sql-injection
        return conn.execute(text(f"SELECT * FROM tickets WHERE queue = '{queue}'")).all()


def tickets_for_queue_safe(queue):
    with engine.connect() as conn:
        return conn.execute(text("SELECT * FROM tickets WHERE queue = :queue"), {"queue": queue}).all()


def tickets_sorted(sort_key):
    column = SORTABLE.get(sort_key, "created_at")
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT * FROM tickets ORDER BY {column} DESC")).all()


def search(term):
    # expect: sql-injection
    stmt = select(Ticket).where(text("title LIKE '%" + term + "%'"))
    with engine.connect() as conn:
        return conn.execute(stmt).all()


def search_safe(term):
    stmt = select(Ticket).where(text("title LIKE :pattern").bindparams(bindparam("pattern", f"%{term}%")))
    with engine.connect() as conn:
        return conn.execute(stmt).all()
