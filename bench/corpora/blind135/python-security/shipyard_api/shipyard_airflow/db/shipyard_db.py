"""Shipyard's own database access."""
import sqlalchemy


class ShipyardDbAccess(object):

    def __init__(self, engine_url):
        self.engine = sqlalchemy.create_engine(engine_url)

    def get_command_audit(self, command, user=None):
        with self.engine.connect() as conn:
            if user:
                return conn.execute(sqlalchemy.text("SELECT * FROM action_command_audit WHERE user_name = :u"), {"u": user}).fetchall()
            # expect: sql-injection
            return conn.execute(sqlalchemy.text(f"SELECT * FROM action_command_audit WHERE command LIKE '%{command}%'")).fetchall()

    def get_action(self, action_id):
        with self.engine.connect() as conn:
            return conn.execute(sqlalchemy.text("SELECT * FROM actions WHERE id = :id"), {"id": action_id}).fetchone()
