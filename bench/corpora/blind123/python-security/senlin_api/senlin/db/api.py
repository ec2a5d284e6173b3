"""Database API of the engine (sqlite stand-in)."""
import sqlite3
import uuid


class DBAPI(object):

    def __init__(self, path="/var/lib/senlin/senlin.db"):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def receiver_get(self, ctxt, identity):
        row = self.conn.execute("SELECT * FROM receiver WHERE id = ? AND project = ?", (identity, ctxt.project_id)).fetchone()
        return dict(row) if row else None

    def action_create(self, ctxt, action, target, inputs):
        action_id = str(uuid.uuid4())
        self.conn.execute("INSERT INTO action (id, action, target, inputs) VALUES (?, ?, ?, ?)", (action_id, action, target, inputs))
        return action_id

    def action_get_all(self, ctxt, sort, limit):
        keys = []
        for item in sort.split(","):
            key, _, direction = item.partition(":")
            keys.append(f"{key} {'DESC' if direction == 'desc' else 'ASC'}")
        # expect: sql-injection
        return self.conn.execute(f"SELECT * FROM action WHERE project = ? ORDER BY {', '.join(keys)} LIMIT ?", (ctxt.project_id, limit)).fetchall()

    def event_get_all(self, ctxt, level):
        # expect: sql-injection
        return self.conn.execute(f"SELECT * FROM event WHERE project = '{ctxt.project_id}' AND level >= {level}").fetchall()

    def event_get_by_cluster(self, ctxt, cluster_id):
        return self.conn.execute("SELECT * FROM event WHERE project = ? AND cluster_id = ?", (ctxt.project_id, cluster_id)).fetchall()

    def policy_create(self, ctxt, name, spec):
        policy_id = str(uuid.uuid4())
        self.conn.execute("INSERT INTO policy (id, name, spec) VALUES (?, ?, ?)", (policy_id, name, spec))
        return policy_id

    def health_registry_create(self, policy_id, detection):
        self.conn.execute("INSERT INTO health_registry (policy_id, detection) VALUES (?, ?)", (policy_id, detection))

    def health_registry_get_all(self):
        return [dict(r) for r in self.conn.execute("SELECT * FROM health_registry")]
