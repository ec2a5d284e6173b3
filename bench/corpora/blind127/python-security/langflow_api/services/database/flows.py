"""Flow queries through SQLAlchemy Core text() and the ORM."""
from sqlalchemy import create_engine, select, text

from langflow_api.services.database.models import Flow

engine = create_engine("sqlite:////var/lib/langflow/langflow.db")


def search_by_name(user_id, q):
    with engine.connect() as conn:
        # expect: sql-injection
        rows = conn.execute(text(f"SELECT id, name FROM flow WHERE user_id = :uid AND name LIKE '%{q}%'"), {"uid": user_id})
        return [dict(r._mapping) for r in rows]


def get_by_name(user_id, name):
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, name FROM flow WHERE user_id = :uid AND name = :name"),
                            {"uid": user_id, "name": name})
        return [dict(r._mapping) for r in rows]


def get_by_name_orm(session, user_id, name):
    return session.execute(select(Flow).where(Flow.user_id == user_id, Flow.name.contains(name))).scalars().all()
