"""SQLAlchemy access for the library GraphQL API."""
from sqlalchemy import bindparam, create_engine, select, text
from sqlalchemy.orm import Session

from .models import Book

engine = create_engine("postgresql+psycopg://library@db/library", pool_pre_ping=True)

SORTS = {"title": Book.title, "year": Book.year}


def books_by_author(author: str, order: str = "title") -> list[dict]:
    stmt = text(f"SELECT id, title, year FROM books WHERE author = '{author}' ORDER BY {order}")
    with engine.connect() as conn:
        # expect: sql-injection
        return [dict(r._mapping) for r in conn.execute(stmt)]


def books_by_author_bound(author: str, order: str = "title") -> list[Book]:
    column = SORTS.get(order, Book.title)
    with Session(engine) as session:
        return list(session.scalars(select(Book).where(Book.author == author).order_by(column)))


def books_by_tag(tag: str) -> list[dict]:
    stmt = text("SELECT id, title, year FROM books WHERE :tag = ANY(tags)").bindparams(bindparam("tag", tag))
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(stmt)]


def count_where(fragment: str) -> int:
    with engine.connect() as conn:
        # expect: sql-injection
        return conn.execute(text("SELECT count(*) FROM books WHERE " + fragment)).scalar_one()
