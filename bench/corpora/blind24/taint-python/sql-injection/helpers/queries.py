"""Query helpers shared by the reporting views."""
import sqlite3

DB_PATH = "reports.db"


def connect():
    return sqlite3.connect(DB_PATH)


def run_report(where_clause: str):
    conn = connect()
    try:
        # expect: sql-injection
        return conn.execute("SELECT id, title, total FROM reports WHERE " + where_clause).fetchall()
    finally:
        conn.close()


def run_report_params(sql: str, params: tuple):
    conn = connect()
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def orders_for(cursor, filters: dict):
    customer = filters.get("customer", "")
    status = filters.get("status", "open")
    # expect: sql-injection
    cursor.execute("SELECT id, total FROM orders WHERE customer = '%s' AND status = '%s'" % (customer, status))
    return cursor.fetchall()


def orders_for_safe(cursor, filters: dict):
    cursor.execute("SELECT id, total FROM orders WHERE customer = %s AND status = %s", (filters.get("customer", ""), filters.get("status", "open")))
    return cursor.fetchall()
