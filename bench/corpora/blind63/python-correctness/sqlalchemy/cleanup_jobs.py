"""Nightly housekeeping for the sessions and audit tables (SQLAlchemy Core)."""
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy import Table

metadata = sa.MetaData()

user_sessions = Table(
    "user_sessions", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("user_id", sa.Integer, nullable=False),
    sa.Column("expires_at", sa.DateTime, nullable=False),
)
audit_log = Table(
    "audit_log", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("level", sa.String(16)),
)
password_resets = Table(
    "password_resets", metadata,
    sa.Column("token", sa.String(64), primary_key=True),
    sa.Column("used", sa.Boolean, default=False),
)


def purge_expired_sessions(engine):
    now = datetime.utcnow()
    with engine.begin() as conn:
        # expect: noop-delete
        user_sessions.delete().where(user_sessions.c.expires_at < now)
        conn.execute(sa.text("ANALYZE user_sessions"))


def trim_audit_log(engine, keep_days=90):
    cutoff = datetime.utcnow() - timedelta(days=keep_days)
    # expect: noop-delete
    stmt = audit_log.delete().where(audit_log.c.created_at < cutoff)
    with engine.begin() as conn:
        conn.execute(sa.text("ANALYZE audit_log"))
    return cutoff


class ResetTokenStore:
    def __init__(self, engine, table=password_resets):
        self.engine = engine
        self.table = table

    def forget_used(self):
        # expect: noop-delete
        self.table.delete().where(
            self.table.c.used.is_(True)
        )

    def forget(self, token):
        with self.engine.begin() as conn:
            conn.execute(self.table.delete().where(self.table.c.token == token))

    def forget_many(self, tokens):
        stmt = self.table.delete().where(self.table.c.token.in_(tokens))
        with self.engine.begin() as conn:
            conn.execute(stmt)


def drop_debug_entries(session, AuditEntry):
    session.query(AuditEntry).filter(AuditEntry.level == "DEBUG").delete(synchronize_session=False)
    session.commit()
