"""Postgres access for the jobs Lambda."""
import os

import psycopg2
from psycopg2 import sql

_conn = None


def conn():
    global _conn
    if _conn is None or _conn.closed:
        _conn = psycopg2.connect(os.environ["JOBS_DSN"], connect_timeout=5)
    return _conn


def jobs_by_status(status, owner):
    with conn().cursor() as cur:
        cur.execute("SELECT id, name FROM jobs WHERE status = %s AND owner = %s", (status, owner))
        return cur.fetchall()


def jobs_ordered(column):
    with conn().cursor() as cur:
        cur.execute(sql.SQL("SELECT id, name FROM jobs ORDER BY {}").format(sql.Identifier(column)))
        return cur.fetchall()


def jobs_matching(where):
    with conn().cursor() as cur:
        # expect: sql-injection
        cur.execute("SELECT id, name FROM jobs WHERE " + where)
        return cur.fetchall()
