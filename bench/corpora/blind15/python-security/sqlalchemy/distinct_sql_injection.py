# library: sqlalchemy (Query.distinct / select().distinct with text)
from sqlalchemy import select, text

from app.db import Session
from app.models import Event

DISTINCT_COLUMNS = {"country": Event.country, "device": Event.device}


def distinct_values(session: Session, column_name: str):
    # expect: sql-injection
    return session.query(Event).distinct(text(column_name)).all()


def distinct_rows(session: Session, field: str, tenant_id: int):
    # expect: sql-injection
    stmt = select(Event).where(Event.tenant_id == tenant_id).distinct(text(f"events.{field}"))
    return session.execute(stmt).scalars().all()


def distinct_values_safe(session: Session, column_name: str):
    column = DISTINCT_COLUMNS.get(column_name, Event.country)
    return session.query(column).distinct().all()


def distinct_countries(session: Session, tenant_id: int):
    stmt = select(Event.country).where(Event.tenant_id == tenant_id).distinct()
    return session.execute(stmt).scalars().all()


def distinct_on_device(session: Session):
    return session.query(Event).distinct(text("events.device")).all()
