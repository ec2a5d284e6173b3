"""Retention jobs: purge expired sessions, audit rows and tokens."""
import datetime as dt

from sqlalchemy import MetaData, Table, create_engine

engine = create_engine("postgresql+psycopg2://app@db/app")
metadata = MetaData()
sessions = Table("sessions", metadata, autoload_with=engine)
audit_log = Table("audit_log", metadata, autoload_with=engine)


def purge_sessions(cutoff):
    # expect: unexecuted-query
    sessions.delete().where(sessions.c.expires_at < cutoff)


class TokenStore:
    def __init__(self, model):
        self.model = model

    def revoke_user(self, user_id):
        # expect: unexecuted-query
        self.model.__table__.delete().where(self.model.__table__.c.user_id == user_id)


def purge_audit(tenants, days=90):
    cutoff = dt.datetime.utcnow() - dt.timedelta(days=days)
    for tenant_id in tenants:
        # expect: unexecuted-query
        audit_log.delete().where(audit_log.c.tenant_id == tenant_id).where(audit_log.c.created_at < cutoff)


def purge_sessions_now(cutoff):
    with engine.begin() as conn:
        conn.execute(sessions.delete().where(sessions.c.expires_at < cutoff))


def purge_audit_orm(session, model, cutoff):
    session.query(model).filter(model.created_at < cutoff).delete(synchronize_session=False)
    session.commit()
