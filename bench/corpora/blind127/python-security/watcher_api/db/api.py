"""Database api behind a module singleton (watcher.db.api.get_instance)."""
import json
import sqlite3

_INSTANCE = None


def get_instance():
    global _INSTANCE
    if _INSTANCE is None:
        _INSTANCE = Connection("/var/lib/watcher/watcher.sqlite")
    return _INSTANCE


class Connection:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def get_audit_template_list(self, sort_key="created_at", sort_dir="asc", limit=50):
        cur = self.conn.cursor()
        # expect: sql-injection
        cur.execute(f"SELECT uuid, name, goal_id FROM audit_templates WHERE deleted_at IS NULL ORDER BY {sort_key} {sort_dir} LIMIT {int(limit)}")
        return cur.fetchall()

    def create_audit_template(self, name, goal, scope):
        self.conn.execute("INSERT INTO audit_templates (name, goal_id, scope) VALUES (?, ?, ?)",
                          (name, goal, json.dumps(scope)))
        self.conn.commit()
        return {"name": name}

    def create_action(self, action_plan_id, action_type, input_parameters):
        self.conn.execute("INSERT INTO actions (action_plan_id, action_type, input_parameters) VALUES (?, ?, ?)",
                          (action_plan_id, action_type, json.dumps(input_parameters)))
        self.conn.commit()

    def get_actions(self, action_plan_id):
        rows = self.conn.execute("SELECT action_type, input_parameters FROM actions WHERE action_plan_id = ?",
                                 (action_plan_id,)).fetchall()
        return [(t, json.loads(p)) for t, p in rows]
