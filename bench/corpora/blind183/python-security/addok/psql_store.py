"""PostgreSQL document store plugin (``addok_psql_store``)."""
import json

import psycopg2
import psycopg2.extras
import psycopg2.pool
from psycopg2 import sql

from addok.config import config


class PSQLStore:
    def __init__(self, *args, **kwargs):
        self.pool = psycopg2.pool.SimpleConnectionPool(1, 8, config.PG_CONFIG)
        self.table = config.PG_TABLE

    def _conn(self):
        return self.pool.getconn()

    def fetch(self, *keys):
        conn = self._conn()
        try:
            with conn.cursor() as cur:
                cur.execute(sql.SQL("SELECT key, data FROM {} WHERE key IN %s").format(sql.Identifier(self.table)),
                            (tuple(k.decode() if isinstance(k, bytes) else k for k in keys),))
                for key, data in cur.fetchall():
                    yield key.encode(), data
        finally:
            self.pool.putconn(conn)

    def fetch_one(self, key: str):
        """Used by the /get/<doc_id> endpoint with the id taken from the URL."""
        conn = self._conn()
        try:
            with conn.cursor() as cur:
                # expect: sql-injection
                cur.execute(f"SELECT data FROM {self.table} WHERE key = 'd|{key}'")
                row = cur.fetchone()
                return json.loads(row[0]) if row else None
        finally:
            self.pool.putconn(conn)

    def upsert(self, *docs):
        conn = self._conn()
        try:
            with conn.cursor() as cur:
                psycopg2.extras.execute_values(
                    cur,
                    sql.SQL("INSERT INTO {} (key, data) VALUES %s ON CONFLICT (key) DO UPDATE SET data = EXCLUDED.data")
                    .format(sql.Identifier(self.table)).as_string(conn),
                    [(d["_id"], json.dumps(d)) for d in docs],
                )
            conn.commit()
        finally:
            self.pool.putconn(conn)

    def remove(self, *keys):
        conn = self._conn()
        try:
            with conn.cursor() as cur:
                cur.execute(sql.SQL("DELETE FROM {} WHERE key IN %s").format(sql.Identifier(self.table)), (tuple(keys),))
            conn.commit()
        finally:
            self.pool.putconn(conn)
