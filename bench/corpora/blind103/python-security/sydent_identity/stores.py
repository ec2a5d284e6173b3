import sqlite3


class JoinTokenStore:
    def __init__(self, db_path):
        self.db = sqlite3.connect(db_path)

    def store_token(self, medium, address, room_id, sender, token):
        self.db.execute("INSERT INTO invite_tokens (medium, address, room_id, sender, token, received_ts) VALUES (?, ?, ?, ?, ?, 0)", (medium, address, room_id, sender, token))
        self.db.commit()

    def tokens_for(self, medium, address):
        cur = self.db.execute("SELECT medium, address, room_id, sender, token FROM invite_tokens WHERE medium = ? AND address = ?", (medium, address))
        return cur.fetchall()

    def count_for_room(self, room_id):
        # expect: sql-injection
        cur = self.db.execute(f"SELECT COUNT(*) FROM invite_tokens WHERE room_id = '{room_id}'")
        return cur.fetchone()[0]
