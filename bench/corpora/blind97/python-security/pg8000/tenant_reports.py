"""Reporting queries for the tenant dashboard, on pg8000 (native and DB-API)."""
import os

import pg8000
import pg8000.dbapi
import pg8000.native

DB_OPTS = {
    "user": os.environ.get("REPORTS_DB_USER", "reports"),
    "password": os.environ.get("REPORTS_DB_PASSWORD"),
    "host": os.environ.get("REPORTS_DB_HOST", "localhost"),
    "database": "reports",
}

SORTABLE = {"created": "created_at", "total": "total_cents", "name": "display_name"}


def invoices_for_customer(customer_ref):
    conn = pg8000.native.Connection(**DB_OPTS)
    try:
        # expect: sql-injection
        return conn.run(f"SELECT id, total_cents FROM invoices WHERE customer_ref = '{customer_ref}'")
    finally:
        conn.close()


def invoices_by_status(status):
    conn = pg8000.native.Connection(**DB_OPTS)
    try:
        return conn.run("SELECT id, total_cents FROM invoices WHERE status = :status", status=status)
    finally:
        conn.close()


def search_projects(term, sort_key):
    conn = pg8000.native.Connection(**DB_OPTS)
    query = "SELECT id, display_name FROM projects WHERE display_name ILIKE '%" + term + "%'"
    query += " ORDER BY " + SORTABLE.get(sort_key, "created_at")
    # expect: sql-injection
    rows = conn.run(query)
    conn.close()
    return rows


def archive_before(cutoff_day):
    conn = pg8000.native.Connection(**DB_OPTS)
    stmt = conn.prepare("UPDATE projects SET archived = true WHERE created_at < :cutoff")
    stmt.run(cutoff=cutoff_day)
    conn.close()


def usage_rows(tenant_schema, month):
    conn = pg8000.connect(**DB_OPTS)
    cursor = conn.cursor()
    # expect: sql-injection
    cursor.execute("SELECT metric, SUM(amount) FROM {}.usage WHERE month = '{}' GROUP BY metric".format(tenant_schema, month))
    rows = cursor.fetchall()
    conn.close()
    return rows


def usage_rows_safe(month):
    conn = pg8000.connect(**DB_OPTS)
    cursor = conn.cursor()
    cursor.execute("SELECT metric, SUM(amount) FROM usage WHERE month = %s GROUP BY metric", (month,))
    rows = cursor.fetchall()
    conn.close()
    return rows


class AuditLog:
    def __init__(self):
        self.conn = pg8000.dbapi.connect(**DB_OPTS)

    def entries_for(self, actor_email, limit):
        cur = self.conn.cursor()
        # expect: sql-injection
        cur.execute("SELECT at, action FROM audit WHERE actor = '%s' LIMIT %d" % (actor_email, limit))
        return cur.fetchall()

    def entries_since(self, since):
        cur = self.conn.cursor()
        cur.execute("SELECT at, action FROM audit WHERE at >= %s ORDER BY at", (since,))
        return cur.fetchall()
