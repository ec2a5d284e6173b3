"""Nightly cleanup of expired rows."""
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, create_engine, delete
from sqlalchemy.orm import Session

metadata = MetaData()
sessions = Table(
    "sessions", metadata,
    Column("id", String(64), primary_key=True),
    Column("expires_at", DateTime(timezone=True)),
)
downloads = Table(
    "downloads", metadata,
    Column("id", Integer, primary_key=True),
    Column("created_at", DateTime(timezone=True)),
    Column("token", String(64)),
)

engine = create_engine("postgresql+psycopg://app@db/app")


def purge_sessions():
    now = datetime.now(timezone.utc)
    # expect: delete-not-executed
    sessions.delete().where(sessions.c.expires_at < now)


def purge_downloads(days=7):
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    # expect: delete-not-executed
    stmt = downloads.delete().where(downloads.c.created_at < cutoff)
    return "purged"


def revoke_token(token):
    with engine.begin():
        # expect: delete-not-executed
        downloads.delete().where(
            downloads.c.token == token
        )


def purge_model(model, cutoff):
    with Session(engine) as session:
        # expect: delete-not-executed
        model.__table__.delete().where(model.__table__.c.created_at < cutoff)
        session.commit()


def purge_sessions_fixed():
    now = datetime.now(timezone.utc)
    with engine.begin() as conn:
        conn.execute(sessions.delete().where(sessions.c.expires_at < now))


def purge_downloads_fixed(days=7):
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    stmt = downloads.delete().where(downloads.c.created_at < cutoff)
    with engine.begin() as conn:
        result = conn.execute(stmt)
    return result.rowcount


def purge_orm(model, cutoff):
    with Session(engine) as session:
        session.query(model).filter(model.created_at < cutoff).delete()
        session.execute(delete(model).where(model.created_at < cutoff))
        session.commit()
