import sqlite3
from typing import List


class TodoStore:
    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path, check_same_thread=False)
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS todos (id INTEGER PRIMARY KEY, username TEXT, todo TEXT, preview TEXT)"
        )

    def add(self, username: str, todo: str) -> None:
        self.conn.execute("INSERT INTO todos (username, todo) VALUES (?, ?)", (username, todo))
        self.conn.commit()

    def list(self, username: str) -> List[str]:
        rows = self.conn.execute("SELECT todo FROM todos WHERE username = ? ORDER BY id", (username,))
        return [row[0] for row in rows]

    def search(self, username: str, term: str) -> List[str]:
        cursor = self.conn.cursor()
        # expect: sql-injection
        cursor.execute(f"SELECT todo FROM todos WHERE username = ? AND todo LIKE '%{term}%'", (username,))
        return [row[0] for row in cursor.fetchall()]

    def delete(self, username: str, todo_idx: int) -> None:
        rows = self.conn.execute("SELECT id FROM todos WHERE username = ? ORDER BY id", (username,)).fetchall()
        if 0 <= todo_idx < len(rows):
            self.conn.execute(f"DELETE FROM todos WHERE id = {int(rows[todo_idx][0])}")
            self.conn.commit()

    def set_preview(self, username: str, todo: str, preview: str) -> None:
        self.conn.execute(
            "UPDATE todos SET preview = ? WHERE username = ? AND todo = ?", (preview, username, todo)
        )
        self.conn.commit()
