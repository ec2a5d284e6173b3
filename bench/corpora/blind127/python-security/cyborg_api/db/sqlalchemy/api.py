"""DB api over a DB-API connection (sqlalchemy engine in the real project)."""
import json
import sqlite3

DB_PATH = "/var/lib/cyborg/cyborg.sqlite"


class Connection:
    def __init__(self):
        self.conn = sqlite3.connect(DB_PATH)

    def device_profile_get_by_name(self, context, name):
        cur = self.conn.cursor()
        # expect: sql-injection
        cur.execute(f"SELECT uuid, name, profile_json FROM device_profiles WHERE name = '{name}' AND project_id = '{context.project_id}'")
        return cur.fetchall()

    def device_profile_list(self, context, sort_dir):
        direction = "DESC" if sort_dir == "desc" else "ASC"
        cur = self.conn.cursor()
        cur.execute(f"SELECT uuid, name FROM device_profiles WHERE project_id = ? ORDER BY name {direction}", (context.project_id,))
        return cur.fetchall()

    def device_profile_get(self, context, uuid):
        cur = self.conn.cursor()
        cur.execute("SELECT uuid, name, profile_json FROM device_profiles WHERE uuid = ?", (uuid,))
        return cur.fetchone()

    def device_profile_create(self, context, name=None, groups=()):
        self.conn.execute("INSERT INTO device_profiles (name, profile_json, project_id) VALUES (?, ?, ?)",
                          (name, json.dumps(list(groups)), context.project_id))
        self.conn.commit()
        return {"name": name}

    def arq_update(self, context, arq_uuid, values):
        self.conn.execute("UPDATE arqs SET bind_json = ? WHERE uuid = ?", (json.dumps(values), arq_uuid))
        self.conn.commit()

    def arq_get(self, context, arq_uuid):
        row = self.conn.execute("SELECT bind_json FROM arqs WHERE uuid = ?", (arq_uuid,)).fetchone()
        return json.loads(row[0]) if row else {"image_name": ""}
