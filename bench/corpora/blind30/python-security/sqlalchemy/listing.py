"""Listing endpoints of the inventory service (SQLAlchemy ORM)."""
from sqlalchemy import text
from sqlalchemy.orm import Session

from .models import Item, Supplier

SORT_COLUMNS = {"name": Item.name, "price": Item.price, "created": Item.created_at}


def items_by_name(session: Session, name: str):
    # expect: sql-injection
    return session.query(Item).filter(text("name = '{}'".format(name))).all()


def items_by_name_safe(session: Session, name: str):
    return session.query(Item).filter(text("name = :name").bindparams(name=name)).all()


def items_sorted(session: Session, sort: str, direction: str):
    # expect: sql-injection
    return session.query(Item).order_by(text(f"{sort} {direction}")).all()


def items_sorted_safe(session: Session, sort: str):
    column = SORT_COLUMNS.get(sort, Item.name)
    return session.query(Item).order_by(column.asc()).all()


def suppliers_with_min_items(session: Session, minimum: str):
    q = session.query(Supplier.id).join(Item).group_by(Supplier.id)
    # expect: sql-injection
    return q.having(text("COUNT(item.id) > %s" % minimum)).all()


class ItemRepository:
    def __init__(self, session: Session):
        self.session = session

    def in_category(self, category: str):
        return self.session.query(Item).filter(Item.category == category).all()

    def grouped(self, field: str):
        # expect: sql-injection
        return self.session.query(Item).group_by(text("items.{}".format(field))).all()

    def search(self, term: str):
        clause = "description ILIKE '%" + term + "%'"
        # expect: sql-injection
        return self.session.query(Item).filter(text(clause)).distinct().all()
