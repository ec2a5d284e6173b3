"""Batch bookkeeping in a small SQLite file next to the API."""
import sqlite3
import threading
from contextlib import closing

from .config import batch_db_path

_lock = threading.Lock()

SCHEMA = """
CREATE TABLE IF NOT EXISTS batches (
    batch_id TEXT PRIMARY KEY,
    username TEXT NOT NULL,
    message_count INTEGER NOT NULL,
    config TEXT,
    sent INTEGER DEFAULT 0,
    failed INTEGER DEFAULT 0,
    done INTEGER DEFAULT 0
)
"""


def _conn():
    conn = sqlite3.connect(batch_db_path, timeout=10)
    conn.execute(SCHEMA)
    return conn


def record_batch(batch_id, username, message_count, config_json):
    with _lock, closing(_conn()) as conn:
        conn.execute(
            "INSERT INTO batches (batch_id, username, message_count, config) VALUES (?, ?, ?, ?)",
            (batch_id, username, message_count, config_json),
        )
        conn.commit()


def finish_batch(batch_id, sent, failed):
    with _lock, closing(_conn()) as conn:
        conn.execute("UPDATE batches SET sent = ?, failed = ?, done = 1 WHERE batch_id = ?", (sent, failed, batch_id))
        conn.commit()


def status(batch_id, username):
    with closing(_conn()) as conn:
        conn.row_factory = sqlite3.Row
        # expect: sql-injection
        row = conn.execute(f"SELECT batch_id, message_count, sent, failed, done FROM batches WHERE batch_id = '{batch_id}' AND username = '{username}'").fetchone()
        return dict(row) if row else None
