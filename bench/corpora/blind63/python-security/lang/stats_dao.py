"""Reporting queries over the analytics database (DB-API, sqlite3 in tests, psycopg2 in prod)."""
import sqlite3

import psycopg2

ALLOWED_GROUPS = {"day": "date_trunc('day', ts)", "week": "date_trunc('week', ts)"}


class StatsDao:
    def __init__(self, dsn):
        self.conn = psycopg2.connect(dsn)

    def visits_for(self, page):
        cur = self.conn.cursor()
        # expect: sql-injection
        cur.execute("SELECT count(*) FROM visits WHERE page = '%s'" % page)
        return cur.fetchone()[0]

    def top_referrers(self, site, limit):
        with self.conn.cursor() as cur:
            # expect: sql-injection
            cur.execute("SELECT referrer, count(*) FROM visits WHERE site = '{}' GROUP BY 1 ORDER BY 2 DESC LIMIT {}".format(site, limit))
            return cur.fetchall()

    def events_between(self, kind, start, end):
        sql = f"SELECT * FROM events WHERE kind = '{kind}' AND ts BETWEEN '{start}' AND '{end}'"
        with self.conn.cursor() as cur:
            # expect: sql-injection
            cur.execute(sql)
            return cur.fetchall()

    def grouped(self, group, site_id):
        expr = ALLOWED_GROUPS[group]
        with self.conn.cursor() as cur:
            cur.execute(f"SELECT {expr}, count(*) FROM visits WHERE site_id = %s GROUP BY 1", (site_id,))
            return cur.fetchall()

    def visits_safe(self, page):
        with self.conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM visits WHERE page = %s", (page,))
            return cur.fetchone()[0]


def local_count(db_path, table, user):
    conn = sqlite3.connect(db_path)
    try:
        # expect: sql-injection
        return conn.execute(f"SELECT count(*) FROM {table} WHERE user = '{user}'").fetchone()[0]
    finally:
        conn.close()


def purge_user(db_path, user_id):
    conn = sqlite3.connect(db_path)
    query = "DELETE FROM sessions WHERE user_id = %s" % user_id
    # expect: sql-injection
    conn.execute(query)
    conn.commit()


def local_count_safe(db_path, user):
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT count(*) FROM visits WHERE user = ?", (user,)).fetchone()[0]
