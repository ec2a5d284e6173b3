"""Periodic cleanup of expired sessions, tokens and drafts (SQLAlchemy Core)."""
import logging
from datetime import datetime, timedelta, timezone

from sqlalchemy import MetaData, Table

from .db import engine

log = logging.getLogger(__name__)
metadata = MetaData()
sessions = Table("sessions", metadata, autoload_with=engine)
reset_tokens = Table("password_reset_tokens", metadata, autoload_with=engine)
drafts = Table("drafts", metadata, autoload_with=engine)
uploads = Table("uploads", metadata, autoload_with=engine)


def _now():
    return datetime.now(timezone.utc)


def purge_sessions():
    with engine.begin() as conn:
        result = conn.execute(sessions.delete().where(sessions.c.expires_at < _now()))
        log.info("purged %d sessions", result.rowcount)


def purge_reset_tokens():
    cutoff = _now() - timedelta(hours=2)
    with engine.begin():
        # expect: delete-not-executed
        reset_tokens.delete().where(reset_tokens.c.created_at < cutoff)
    log.info("purged reset tokens older than %s", cutoff)


def purge_drafts(days=30):
    cutoff = _now() - timedelta(days=days)
    stmt = drafts.delete().where(drafts.c.updated_at < cutoff)
    with engine.begin() as conn:
        conn.execute(stmt)


def purge_orphan_uploads(conn):
    # expect: delete-not-executed
    orphans = uploads.delete().where(uploads.c.owner_id.is_(None))
    log.info("removing orphan uploads")
    return orphans is not None


def purge_user_drafts(session, user_id):
    from .models import Draft

    session.query(Draft).filter(Draft.user_id == user_id).delete(synchronize_session=False)
    session.commit()


def run_all():
    purge_sessions()
    purge_reset_tokens()
    purge_drafts()
    with engine.begin() as conn:
        purge_orphan_uploads(conn)
