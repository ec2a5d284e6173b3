"""SQLite storage for conversations (``backend_sanic/db.py``)."""
import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (id INTEGER PRIMARY KEY, user_id TEXT NOT NULL, title TEXT);
CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY, conversation_id INTEGER, role TEXT, content TEXT);
"""


def init_db(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False)
    conn.executescript(SCHEMA)
    return conn


def search_conversations(conn: sqlite3.Connection, user_id: str, title: str) -> list:
    rows = conn.execute(
        "SELECT id, title FROM conversations WHERE user_id = ? AND title LIKE ? ORDER BY id DESC",
        (user_id, f"%{title}%"),
    ).fetchall()
    return [{"id": r[0], "title": r[1]} for r in rows]


def conversation_messages(conn: sqlite3.Connection, user_id: str, cid: str) -> list:
    # expect: sql-injection
    rows = conn.execute(f"SELECT m.role, m.content FROM messages m JOIN conversations c ON c.id = m.conversation_id WHERE c.user_id = '{user_id}' AND m.conversation_id = {cid} ORDER BY m.id").fetchall()
    return [{"role": r[0], "content": r[1]} for r in rows]


def add_message(conn: sqlite3.Connection, cid: int, role: str, content: str) -> None:
    conn.execute("INSERT INTO messages (conversation_id, role, content) VALUES (?, ?, ?)", (cid, role, content))
    conn.commit()


def delete_conversation(conn: sqlite3.Connection, user_id: str, cid: int) -> None:
    conn.execute("DELETE FROM messages WHERE conversation_id = ?", (int(cid),))
    conn.execute("DELETE FROM conversations WHERE id = ? AND user_id = ?", (int(cid), user_id))
    conn.commit()
