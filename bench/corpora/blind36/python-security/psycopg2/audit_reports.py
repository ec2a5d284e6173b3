"""Ad-hoc audit reports over the ledger database."""
import psycopg2
from psycopg2 import connect as pg_connect
from psycopg2 import sql

DSN = "dbname=ledger user=reports"


def entries_for_team(team):
    conn = psycopg2.connect(DSN)
    cur = conn.cursor()
    query = "SELECT id, amount FROM entries WHERE team = '" + team + "'"
    # expect: sql-injection
    cur.execute(query)
    return cur.fetchall()


def table_sizes(tables):
    conn = psycopg2.connect(DSN)
    with conn.cursor() as cur:
        out = {}
        for table in tables:
            # expect: sql-injection
            cur.execute(f"SELECT count(*) FROM {table}")
            out[table] = cur.fetchone()[0]
        return out


class ReportStore:
    def __init__(self):
        self.conn = pg_connect(DSN)

    def archive(self, table, rows):
        cur = self.conn.cursor()
        # expect: sql-injection
        cur.executemany("INSERT INTO %s_archive (id, amount) VALUES (%%s, %%s)" % table, rows)
        self.conn.commit()

    def preview(self, column, value):
        cur = self.conn.cursor()
        stmt = "SELECT * FROM entries WHERE {} = '{}'".format(column, value)
        # expect: sql-injection
        return cur.mogrify(stmt)


def entries_since(team, since):
    conn = psycopg2.connect(DSN)
    with conn.cursor() as cur:
        cur.execute("SELECT id, amount FROM entries WHERE team = %s AND booked >= %s", (team, since))
        return cur.fetchall()


def count_rows(table):
    conn = psycopg2.connect(DSN)
    with conn.cursor() as cur:
        cur.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table)))
        return cur.fetchone()[0]
