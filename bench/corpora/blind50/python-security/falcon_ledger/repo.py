"""MySQL access for the ledger service."""
import os

import pymysql

SORT_COLUMNS = {"date": "booked_at", "amount": "amount", "account": "account_id"}


def connect():
    return pymysql.connect(
        host=os.environ.get("LEDGER_DB_HOST", "localhost"),
        user=os.environ.get("LEDGER_DB_USER", "ledger"),
        password=os.environ.get("LEDGER_DB_PASSWORD", ""),
        database="ledger",
        cursorclass=pymysql.cursors.DictCursor,
    )


class EntryRepository:
    def __init__(self, conn):
        self.conn = conn
        self.last_filter = None

    def search(self, account, memo=None):
        self.last_filter = {"account": account, "memo": memo}
        sql = "SELECT * FROM entries WHERE account_id = %s"
        args = [account]
        if memo:
            sql += " AND memo LIKE %s"
            args.append(f"%{memo}%")
        with self.conn.cursor() as cur:
            cur.execute(sql, args)
            return cur.fetchall()

    def search_sorted(self, account, sort):
        column = SORT_COLUMNS.get(sort, "booked_at")
        with self.conn.cursor() as cur:
            cur.execute(f"SELECT * FROM entries WHERE account_id = %s ORDER BY {column}", (account,))
            return cur.fetchall()

    def search_raw_sort(self, account, sort):
        with self.conn.cursor() as cur:
            # expect: sql-injection
            cur.execute(f"SELECT * FROM entries WHERE account_id = %s ORDER BY {sort}", (account,))
            return cur.fetchall()

    def totals(self, accounts):
        in_list = ",".join("'%s'" % a for a in accounts)
        with self.conn.cursor() as cur:
            # expect: sql-injection
            cur.execute("SELECT account_id, SUM(amount) AS total FROM entries WHERE account_id IN (" + in_list + ") GROUP BY account_id")
            return cur.fetchall()

    def totals_bound(self, accounts):
        marks = ",".join(["%s"] * len(accounts))
        with self.conn.cursor() as cur:
            cur.execute(f"SELECT account_id, SUM(amount) AS total FROM entries WHERE account_id IN ({marks}) GROUP BY account_id", accounts)
            return cur.fetchall()
