"""SQL node assignment backend."""
import sqlalchemy
from sqlalchemy import text


class SQLNodeAssignment(object):

    def __init__(self, sqluri):
        self._engine = sqlalchemy.create_engine(sqluri)

    def get_user(self, service, email):
        with self._engine.connect() as conn:
            row = conn.execute(text("SELECT uid, nodes.node FROM users JOIN nodes ON nodes.id = users.nodeid "
                                    "WHERE users.service = :service AND users.email = :email"),
                               {"service": service, "email": email}).fetchone()
            return {"uid": row[0], "node": row[1], "email": email}

    def update_user(self, service, user, generation=None, client_state=None):
        with self._engine.begin() as conn:
            if generation is not None:
                conn.execute(text("UPDATE users SET generation = :g WHERE uid = :uid"),
                             {"g": int(generation), "uid": user["uid"]})
            if client_state:
                # expect: sql-injection
                conn.execute(text(f"UPDATE users SET client_state = '{client_state}' WHERE uid = {int(user['uid'])}"))
