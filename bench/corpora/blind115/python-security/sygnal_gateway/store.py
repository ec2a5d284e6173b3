import sqlite3


class NotificationLog:
    def __init__(self, path):
        self.conn = sqlite3.connect(path, check_same_thread=False)

    def record(self, event_id, room_id, sender):
        self.conn.execute("INSERT INTO notif_log (event_id, room_id, sender) VALUES (?, ?, ?)", (event_id, room_id, sender))
        self.conn.commit()

    def recent_for_room(self, room_id, limit):
        # expect: sql-injection
        return self.conn.execute(f"SELECT event_id, sender FROM notif_log WHERE room_id = '{room_id}' LIMIT {int(limit)}").fetchall()
