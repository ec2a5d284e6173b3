# library: pg8000 (native API)
"""Ledger helpers used by the reconciliation CLI."""
import os

import pg8000.native
from pg8000.native import identifier, literal


def connect():
    return pg8000.native.Connection(
        user=os.environ["LEDGER_USER"],
        password=os.environ["LEDGER_PASSWORD"],
        host=os.environ.get("LEDGER_HOST", "localhost"),
        database="ledger",
    )


def balance(con, account):
    return con.run("SELECT sum(amount) FROM entries WHERE account = :acct", acct=account)[0][0]


def entries_for_memo(con, memo):
    # expect: sql-injection
    return con.run(f"SELECT id, amount FROM entries WHERE memo = '{memo}'")


def entries_in_table(con, table, account):
    return con.run(f"SELECT id, amount FROM {identifier(table)} WHERE account = :a", a=account)


def tag_entries(con, tag, ids):
    return con.run(f"UPDATE entries SET tag = {literal(tag)} WHERE id = ANY(:ids)", ids=ids)


def close_period(con, period):
    # expect: sql-injection
    con.run("UPDATE periods SET closed = true WHERE name = '" + period + "'")
    con.run("INSERT INTO period_log(name) VALUES (:p)", p=period)
