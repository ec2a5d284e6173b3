import json
import sqlite3


class DebugPayloadService:
    def __init__(self, instance):
        self.instance = instance

    def build(self, run_id):
        conn = sqlite3.connect(self.instance.db_path)
        run = conn.execute("SELECT body FROM runs WHERE run_id = ?", (run_id,)).fetchone()
        events = conn.execute("SELECT event FROM event_logs WHERE run_id = ?", (run_id,)).fetchall()
        return json.dumps({"run": run[0] if run else None, "events": [e[0] for e in events]}).encode()
