"""Storage connection with alarms and webhooks tables (sqlite here)."""
import sqlite3


class Alarms:
    def __init__(self, conn):
        self.conn = conn

    def query(self, vitrage_id="all", sort_by="update_timestamp", limit=1000):
        cur = self.conn.cursor()
        if vitrage_id == "all":
            # expect: sql-injection
            cur.execute(f"SELECT vitrage_id, name, vitrage_operational_severity FROM alarms ORDER BY {sort_by} DESC LIMIT {int(limit)}")
        else:
            cur.execute("SELECT vitrage_id, name FROM alarms WHERE vitrage_resource_id = ? ORDER BY update_timestamp DESC",
                        (vitrage_id,))
        return cur.fetchall()


class Webhooks:
    def __init__(self, conn):
        self.conn = conn

    def create(self, url, regex_filter=""):
        self.conn.execute("INSERT INTO webhooks (url, regex_filter) VALUES (?, ?)", (url, regex_filter))
        self.conn.commit()
        return {"url": url}

    def all(self):
        return self.conn.execute("SELECT url, regex_filter FROM webhooks").fetchall()


class Connection:
    def __init__(self, path="/var/lib/vitrage/vitrage.sqlite"):
        conn = sqlite3.connect(path)
        self.alarms = Alarms(conn)
        self.webhooks = Webhooks(conn)
