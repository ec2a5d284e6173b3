# library: pg8000 (native API)
"""Ledger entries via pg8000.native."""
import pg8000.native
from pg8000.native import identifier


def connect(user, password, host="localhost"):
    return pg8000.native.Connection(user, password=password, host=host, database="ledger")


def entries_for(con, account):
    return con.run("SELECT id, amount, memo FROM entries WHERE account = :acct", acct=account)


def entries_with_memo(con, memo):
    # expect: sql-injection
    return con.run(f"SELECT id, amount FROM entries WHERE memo LIKE '%{memo}%'")


def balance(con, account):
    # expect: sql-injection
    return con.run("SELECT SUM(amount) FROM entries WHERE account = '%s'" % account)[0][0]


def from_partition(con, year):
    return con.run("SELECT COUNT(*) FROM " + identifier(f"entries_{int(year)}"))


def close_period(con, period):
    # expect: sql-injection
    con.run("UPDATE periods SET closed = true WHERE name = '" + period + "'")


def open_periods(con):
    return con.run("SELECT name FROM periods WHERE closed = false")
