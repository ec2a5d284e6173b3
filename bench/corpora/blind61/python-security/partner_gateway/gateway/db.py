"""psycopg 3 helpers shared by the resources."""
import os
from contextlib import contextmanager

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

DSN = os.environ.get("GATEWAY_DSN", "postgresql://gateway@localhost/gateway")


@contextmanager
def cursor():
    with psycopg.connect(DSN, row_factory=dict_row) as conn:
        with conn.cursor() as cur:
            yield cur


def fetch_all(query, params=None):
    with cursor() as cur:
        # expect: sql-injection
        cur.execute(query, params)
        return cur.fetchall()


def fetch_params(query, params):
    with cursor() as cur:
        cur.execute(query, params)
        return cur.fetchall()


def fetch_from_table(table, partner_id):
    stmt = sql.SQL("SELECT * FROM {} WHERE partner_id = %s ORDER BY created_at DESC LIMIT 100").format(sql.Identifier(table))
    with cursor() as cur:
        cur.execute(stmt, (partner_id,))
        return cur.fetchall()
