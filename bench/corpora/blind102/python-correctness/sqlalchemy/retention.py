"""Retention jobs for audit and session tables."""
from datetime import datetime, timedelta

from sqlalchemy import delete

from .db import engine, session_scope
from .models import AuditEvent, UserSession, audit_table, sessions_table


def purge_audit(days=90):
    cutoff = datetime.utcnow() - timedelta(days=days)
    # expect: unexecuted-statement
    audit_table.delete().where(audit_table.c.created_at < cutoff)


def purge_sessions(user_id):
    with engine.begin():
        # expect: unexecuted-statement
        sessions_table.delete().where(sessions_table.c.user_id == user_id)


class Retention:
    def __init__(self, table):
        self.table = table

    def drop_tenant(self, tenant_id):
        # expect: unexecuted-statement
        stmt = self.table.delete().where(self.table.c.tenant_id == tenant_id)
        return tenant_id


def purge_audit_executed(days=90):
    cutoff = datetime.utcnow() - timedelta(days=days)
    with engine.begin() as conn:
        conn.execute(audit_table.delete().where(audit_table.c.created_at < cutoff))


def purge_orm(user_id):
    with session_scope() as session:
        session.query(UserSession).filter(UserSession.user_id == user_id).delete()


def purge_new_style(days=30):
    cutoff = datetime.utcnow() - timedelta(days=days)
    with session_scope() as session:
        session.execute(delete(AuditEvent).where(AuditEvent.created_at < cutoff))
