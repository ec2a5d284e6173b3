"""Database access for the portal: a scoped session and a few model helpers."""
import os

from sqlalchemy import create_engine, text
from sqlalchemy.orm import scoped_session, sessionmaker

engine = create_engine(os.environ.get("CKAN_SQLALCHEMY_URL", "postgresql://ckan@localhost/ckan"))
Session = scoped_session(sessionmaker(bind=engine))


class User:
    def __init__(self, row):
        self.id, self.name, self.sysadmin = row

    @classmethod
    def by_api_key(cls, key: str):
        row = Session.execute(
            text("SELECT id, name, sysadmin FROM \"user\" WHERE apikey = :key AND state = 'active'"),
            {"key": key},
        ).first()
        return cls(row) if row else None

    @classmethod
    def by_name(cls, name: str):
        row = Session.execute(
            text("SELECT id, name, sysadmin FROM \"user\" WHERE name = :name"), {"name": name}
        ).first()
        return cls(row) if row else None


def activity_rows(where_sql: str, limit: int):
    """Run an activity query whose WHERE clause the caller has built."""
    sql = "SELECT id, timestamp, user_id, activity_type, data FROM activity WHERE " + where_sql
    sql += " ORDER BY timestamp DESC LIMIT %d" % limit
    # expect: sql-injection
    return Session.execute(text(sql)).fetchall()


def activity_rows_for(column: str, value: str, limit: int):
    allowed = {"object_id", "user_id"}
    if column not in allowed:
        raise ValueError(column)
    sql = f"SELECT id, timestamp, user_id, activity_type, data FROM activity WHERE {column} = :value"
    return Session.execute(text(sql + " ORDER BY timestamp DESC LIMIT :limit"), {"value": value, "limit": limit}).fetchall()
