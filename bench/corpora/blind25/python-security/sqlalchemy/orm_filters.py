"""ORM query helpers for the listing pages (SQLAlchemy 2.0)."""
from sqlalchemy import literal_column, select, text
from sqlalchemy.orm import Session

from .models import Listing

SORTS = {"price": Listing.price, "new": Listing.created_at.desc()}


def listings_sorted(session: Session, sort: str):
    return session.scalars(select(Listing).order_by(SORTS.get(sort, Listing.id))).all()


def listings_sorted_raw(session: Session, sort: str):
    # expect: sql-injection
    return session.scalars(select(Listing).order_by(text(sort))).all()


def listings_in_area(session: Session, area: str):
    # expect: sql-injection
    return session.scalars(select(Listing).where(text(f"area_code = '{area}'"))).all()


def listings_in_area_bound(session: Session, area: str):
    return session.scalars(select(Listing).where(text("area_code = :area")).params(area=area)).all()


def listing_labels(session: Session, label_sql: str):
    # expect: sql-injection
    return session.execute(select(Listing.id, literal_column(label_sql).label("label"))).all()


def legacy_query(session: Session, city: str):
    # expect: sql-injection
    return session.query(Listing).filter(text("city = '%s'" % city)).all()


def legacy_query_bound(session: Session, city: str):
    return session.query(Listing).filter(Listing.city == city).all()
