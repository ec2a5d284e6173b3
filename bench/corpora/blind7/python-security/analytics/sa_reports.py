from __future__ import annotations

from typing import Sequence

from sqlalchemy import bindparam, create_engine, func, select, text
from sqlalchemy.orm import Session

from analytics.models import Event, User

engine = create_engine("postgresql+psycopg://analytics@db/analytics", pool_pre_ping=True)


def events_for_user(session: Session, user_id: int, kind: str) -> Sequence[Event]:
    stmt = select(Event).where(Event.user_id == user_id, Event.kind == kind).order_by(Event.created_at)
    return session.scalars(stmt).all()


def daily_counts(session: Session, kind: str):
    return session.execute(
        # expect: sql-injection
        text(f"SELECT date_trunc('day', created_at) d, count(*) FROM events WHERE kind = '{kind}' GROUP BY d")
    ).all()


def daily_counts_safe(session: Session, kind: str):
    stmt = text(
        "SELECT date_trunc('day', created_at) d, count(*) FROM events WHERE kind = :kind GROUP BY d"
    ).bindparams(bindparam("kind", kind))
    return session.execute(stmt).all()


def users_matching(session: Session, email_domain: str):
    clause = "email LIKE '%%@%s'" % email_domain
    # expect: sql-injection
    return session.query(User).filter(text(clause)).all()


def top_users(session: Session, limit: int = 10):
    stmt = (
        select(User.id, func.count(Event.id).label("n"))
        .join(Event, Event.user_id == User.id)
        .group_by(User.id)
        .order_by(text("n DESC"))
        .limit(limit)
    )
    return session.execute(stmt).all()


def sorted_users(session: Session, sort_column: str):
    # expect: sql-injection
    return session.query(User).order_by(text(sort_column + " ASC")).all()


def vacuum(table_name: str) -> None:
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        # expect: sql-injection
        conn.exec_driver_sql("VACUUM ANALYZE " + table_name)


def retention(days: int):
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM events WHERE created_at < now() - make_interval(days => :d)"), {"d": days})
