"""DB api module (blazar.db.api) over sqlite."""
import sqlite3

_CONN = sqlite3.connect("/var/lib/blazar/blazar.sqlite")


def lease_list_by_name(name):
    cur = _CONN.cursor()
    # expect: sql-injection
    cur.execute(f"SELECT id, name, start_date, end_date FROM leases WHERE name LIKE '%{name}%'")
    return cur.fetchall()


def lease_list(project_id=None):
    cur = _CONN.cursor()
    cur.execute("SELECT id, name FROM leases WHERE project_id = ?", (project_id,))
    return cur.fetchall()


def lease_create(lease_id, name, notify_url):
    _CONN.execute("INSERT INTO leases (id, name, notify_url) VALUES (?, ?, ?)", (lease_id, name, notify_url))
    _CONN.commit()


def lease_get(lease_id):
    row = _CONN.execute("SELECT id, notify_url FROM leases WHERE id = ?", (lease_id,)).fetchone()
    return {"id": row[0], "notify_url": row[1]} if row else None
