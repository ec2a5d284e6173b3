"""Notification methods repository (sqlite stand-in for MySQL)."""
import sqlite3


class NotificationsRepository:
    def __init__(self, path="/var/lib/monasca/notifications.sqlite"):
        self._conn = sqlite3.connect(path)

    def create_notification(self, tenant_id, name, method_type, address, template="default", body_template=""):
        self._conn.execute(
            "INSERT INTO notification_method (tenant_id, name, type, address, template, body_template) VALUES (?, ?, ?, ?, ?, ?)",
            (tenant_id, name, method_type, address, template, body_template))
        self._conn.commit()
        return {"name": name, "type": method_type}

    def methods_for_alarm(self, alarm_definition_id):
        return self._conn.execute(
            "SELECT type, address, template, body_template FROM notification_method nm JOIN alarm_action aa "
            "ON aa.action_id = nm.id WHERE aa.alarm_definition_id = ?", (alarm_definition_id,)).fetchall()
