"""Ledger queries for the accounting service (pg8000 native and DB-API)."""
import logging
import os

import pg8000
import pg8000.native

log = logging.getLogger(__name__)


def connect():
    return pg8000.connect(
        user=os.environ["LEDGER_USER"],
        password=os.environ["LEDGER_PASSWORD"],
        host=os.environ.get("LEDGER_HOST", "localhost"),
        database="ledger",
    )


def entries_for_account(account):
    conn = connect()
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute("SELECT id, amount, posted_at FROM entries WHERE account = '%s'" % account)
    return cur.fetchall()


def balance(con: pg8000.native.Connection, account: str):
    # expect: sql-injection
    rows = con.run(f"SELECT SUM(amount) FROM entries WHERE account = '{account}'")
    return rows[0][0]


def void_entry(con: pg8000.native.Connection, entry_id: str, reason: str):
    # expect: sql-injection
    con.run("UPDATE entries SET voided = true, void_reason = '" + reason + "' WHERE id = " + entry_id)


def entries_for_account_safe(account):
    conn = connect()
    cur = conn.cursor()
    cur.execute("SELECT id, amount, posted_at FROM entries WHERE account = %s", (account,))
    return cur.fetchall()


def balance_safe(con: pg8000.native.Connection, account: str):
    rows = con.run("SELECT SUM(amount) FROM entries WHERE account = :account", account=account)
    return rows[0][0]


def void_entry_safe(con: pg8000.native.Connection, entry_id: int, reason: str):
    con.run("UPDATE entries SET voided = true, void_reason = :reason WHERE id = :id", reason=reason, id=entry_id)
    log.info("voided entry %s", entry_id)


def table_sizes(con: pg8000.native.Connection):
    return con.run("SELECT relname, n_live_tup FROM pg_stat_user_tables ORDER BY n_live_tup DESC")
