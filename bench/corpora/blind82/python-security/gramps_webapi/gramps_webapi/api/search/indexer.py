import sqlite3

SORT_KEYS = {"rank": "rank", "type": "object_type", "-type": "object_type DESC", "change": "change"}


class SearchIndexer:
    def __init__(self, index_path):
        self.index_path = index_path

    def search(self, query, page, pagesize, sort=None, object_types=None):
        order = SORT_KEYS.get(sort or "rank", "rank")
        sql = f"SELECT handle, object_type FROM fts WHERE fts MATCH ? ORDER BY {order} LIMIT ? OFFSET ?"
        with sqlite3.connect(self.index_path) as conn:
            rows = conn.execute(sql, (query, pagesize, (page - 1) * pagesize)).fetchall()
            if object_types:
                types = " OR ".join(f"object_type = '{t}'" for t in object_types)
                # expect: sql-injection
                rows = conn.execute(f"SELECT handle, object_type FROM fts WHERE fts MATCH ? AND ({types})", (query,)).fetchall()
        return rows
