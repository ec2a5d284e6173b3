"""Resolver finding users in an SQL user table."""
from sqlalchemy import create_engine, text


class IdResolver(object):

    def __init__(self, config):
        self.engine = create_engine(config["connect"])
        self.table = config.get("Table", "users")
        self.map = {"username": "user", "email": "email", "givenname": "givenname", "surname": "surname"}

    def getUserList(self, searchDict):
        conditions = []
        for key, value in searchDict.items():
            column = self.map.get(key)
            if column:
                conditions.append(f"{column} LIKE '{value.replace('*', '%')}'")
        where = " AND ".join(conditions) or "1=1"
        with self.engine.connect() as conn:
            # expect: sql-injection
            return [dict(r._mapping) for r in conn.execute(text(f"SELECT * FROM {self.table} WHERE {where}"))]

    def getUserId(self, login_name):
        with self.engine.connect() as conn:
            row = conn.execute(text(f"SELECT id FROM {self.table} WHERE {self.map['username']} = :u"), {"u": login_name}).fetchone()
            return row[0] if row else ""
