import logging
import sqlite3
import sys

log = logging.getLogger("repo")


class UserRepository:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def find(self, user_id):
        row = self.conn.execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()
        if row is None:
            return None
        return dict(row)
        # expect: unreachable
        if row["disabled"]:
            return None

    def find_by_email(self, email):
        rows = self.conn.execute("SELECT * FROM users WHERE email = ?", (email,)).fetchall()
        return [dict(r) for r in rows]

    def deactivate_all(self, users):
        for user in users:
            if user["last_login"] is None:
                # expect: mutate-while-iterating
                users.remove(user)
                self.conn.execute("UPDATE users SET active = 0 WHERE id = ?", (user["id"],))
        self.conn.commit()

    def count(self):
        try:
            return self.conn.execute("SELECT count(*) FROM users").fetchone()[0]
        except sqlite3.OperationalError:
            log.exception("count failed")
            return 0

    def migrate(self, version):
        current = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if current > version:
            log.error("database is newer than code (%s > %s)", current, version)
            # expect: exit-in-library
            sys.exit(3)
        self.conn.execute(f"PRAGMA user_version = {int(version)}")

    def attrs(self, user):
        fields = {
            "id": user["id"],
            "email": user["email"],
            "name": user["name"],
            # expect: duplicate-key
            "email": user["email"].lower(),
        }
        return fields

    def compare(self, a, b):
        # expect: self-comparison
        return a["id"] == b["id"] and a["email"] == a["email"]
