"""Instance model: stores the request and asks the guest to prepare."""
import sqlite3
import uuid

from trove_api.guestagent import api as guest_api

DB = "/var/lib/trove/trove.sqlite"


class Instance:
    @classmethod
    def create(cls, tenant_id, name, flavor_id, databases, backup_opts=""):
        instance_id = str(uuid.uuid4())
        conn = sqlite3.connect(DB)
        conn.execute("INSERT INTO instances (id, tenant_id, name, flavor_id, backup_opts) VALUES (?, ?, ?, ?, ?)",
                     (instance_id, tenant_id, name, flavor_id, backup_opts))
        conn.commit()
        guest_api.API(instance_id).prepare(databases=databases)
        return {"id": instance_id, "name": name}

    @staticmethod
    def backup_opts(instance_id):
        row = sqlite3.connect(DB).execute("SELECT backup_opts FROM instances WHERE id = ?", (instance_id,)).fetchone()
        return row[0] if row else ""
