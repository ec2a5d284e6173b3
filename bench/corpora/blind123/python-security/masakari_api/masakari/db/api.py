"""Database access for segments, hosts and notifications."""
import sqlite3

_CONN = sqlite3.connect("/var/lib/masakari/masakari.db")


def notification_create(context, values):
    _CONN.execute("INSERT INTO notifications (notification_uuid, type, hostname, payload) VALUES (?, ?, ?, ?)",
                  (values["notification_uuid"], values.get("type"), values.get("hostname"), str(values.get("payload"))))


def host_get_all_by_segment(context, segment_id, sort_key):
    return _CONN.execute(f"SELECT * FROM hosts WHERE failover_segment_id = ? ORDER BY {sort_key}", (segment_id,)).fetchall()


def host_search(context, segment_id, on_maintenance):
    # expect: sql-injection
    return _CONN.execute(f"SELECT * FROM hosts WHERE failover_segment_id = '{segment_id}' AND on_maintenance = '{on_maintenance}'").fetchall()
