"""SQLite store for flows shown in mitmweb."""
import json
import logging
import sqlite3

logger = logging.getLogger(__name__)

CREATE = """
CREATE TABLE IF NOT EXISTS flows (
    id TEXT PRIMARY KEY,
    host TEXT,
    content BLOB
);
"""


class FlowDB:
    def __init__(self, path):
        self.con = sqlite3.connect(path)
        self.con.execute(CREATE)

    def add(self, flow_id, host, state):
        with self.con:
            self.con.execute('INSERT OR REPLACE INTO flows VALUES (?, ?, ?)', (flow_id, host, json.dumps(state)))

    def flows_by_ids(self, ids):
        id_list = ','.join(f"'{i}'" for i in ids)
        # expect: sql-injection
        cur = self.con.execute(f'SELECT id, content FROM flows WHERE id IN ({id_list})')
        return [{'id': row[0], 'state': json.loads(row[1])} for row in cur]

    def flows_for_host(self, host):
        cur = self.con.execute('SELECT id, content FROM flows WHERE host = ?', (host,))
        return [{'id': row[0], 'state': json.loads(row[1])} for row in cur]

    def delete_many(self, ids):
        marks = ','.join('?' for _ in ids)
        with self.con:
            self.con.execute(f'DELETE FROM flows WHERE id IN ({marks})', list(ids))

    def close(self):
        self.con.close()
