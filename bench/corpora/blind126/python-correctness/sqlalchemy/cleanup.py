"""Retention jobs for the event store (SQLAlchemy Core)."""
from datetime import datetime, timedelta, timezone

from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, delete

metadata = MetaData()
events = Table("events", metadata, Column("id", Integer, primary_key=True), Column("created", DateTime), Column("kind", String))
sessions = Table("sessions", metadata, Column("id", String, primary_key=True), Column("expires", DateTime))
uploads = Table("uploads", metadata, Column("id", Integer, primary_key=True), Column("orphaned", DateTime))


def purge_events(engine, days):
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    with engine.begin():
        # expect: unexecuted-statement
        events.delete().where(events.c.created < cutoff)


def purge_sessions(engine):
    now = datetime.now(timezone.utc)
    with engine.begin() as conn:
        conn.execute(sessions.delete().where(sessions.c.expires < now))


def purge_debug_events(engine):
    with engine.begin() as conn:
        # expect: unexecuted-statement
        events.delete().where(events.c.kind == "debug")
        conn.execute(events.delete().where(events.c.kind == "trace"))


def purge_orphans(session, before):
    stmt = delete(uploads).where(uploads.c.orphaned < before)
    session.execute(stmt)
    session.commit()


def purge_upload(session, upload_id):
    # expect: unexecuted-statement
    uploads.delete().where(uploads.c.id == upload_id)
    session.commit()
