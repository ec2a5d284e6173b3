import sqlite3


class DBHandler:
    def __init__(self, path):
        self.conn = sqlite3.connect(str(path), check_same_thread=False)

    def get_history_events(self):
        cursor = self.conn.cursor()
        cursor.execute("SELECT timestamp, location, asset, amount FROM history_events ORDER BY timestamp")
        return cursor.fetchall()

    def search_assets(self, value, order_by, limit):
        cursor = self.conn.cursor()
        # expect: sql-injection
        cursor.execute(f"SELECT identifier, name, symbol FROM assets WHERE name LIKE ? ORDER BY {order_by} LIMIT ?", (f"%{value}%", limit))
        return cursor.fetchall()

    def search_assets_by_symbol(self, symbol, limit):
        cursor = self.conn.cursor()
        cursor.execute("SELECT identifier, name, symbol FROM assets WHERE symbol = ? LIMIT ?", (symbol, limit))
        return cursor.fetchall()

    def save_rpc_node(self, name, endpoint):
        self.conn.execute("INSERT OR REPLACE INTO rpc_nodes(name, endpoint) VALUES (?, ?)", (name, endpoint))
        self.conn.commit()

    def get_rpc_node(self, name):
        cursor = self.conn.cursor()
        cursor.execute("SELECT endpoint FROM rpc_nodes WHERE name = ?", (name,))
        row = cursor.fetchone()
        return row[0] if row else None
