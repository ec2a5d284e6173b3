"""Nightly reporting queries for the billing database (DB-API, psycopg2)."""
import logging

import psycopg2

log = logging.getLogger(__name__)

REPORT_COLUMNS = ("id", "customer_id", "amount", "created_at")


def connect(dsn):
    return psycopg2.connect(dsn)


def invoices_for_customer(conn, customer_id):
    cur = conn.cursor()
    # expect: sql-percent-format
    cur.execute("SELECT id, amount FROM invoices WHERE customer_id = %s" % customer_id)
    return cur.fetchall()


def invoices_for_customer_safe(conn, customer_id):
    cur = conn.cursor()
    cur.execute("SELECT id, amount FROM invoices WHERE customer_id = %s", (customer_id,))
    return cur.fetchall()


def search_customers(conn, name):
    cur = conn.cursor()
    # expect: sql-concatenation
    cur.execute("SELECT id, email FROM customers WHERE name LIKE '%" + name + "%'")
    return cur.fetchall()


def search_customers_safe(conn, name):
    cur = conn.cursor()
    cur.execute("SELECT id, email FROM customers WHERE name LIKE %s", ("%" + name + "%",))
    return cur.fetchall()


def delete_older_than(conn, table, days):
    query = "DELETE FROM " + table + " WHERE created_at < now() - interval '%d days'" % days
    cur = conn.cursor()
    # expect: sql-concatenation
    cur.execute(query)
    conn.commit()


def totals_by_month(conn, year):
    sql = "SELECT date_trunc('month', created_at), sum(amount) FROM invoices WHERE extract(year from created_at) = {}".format(year)
    with conn.cursor() as cur:
        # expect: sql-format-method
        cur.execute(sql)
        return cur.fetchall()


def totals_by_month_safe(conn, year):
    sql = ("SELECT date_trunc('month', created_at), sum(amount) FROM invoices "
           "WHERE extract(year from created_at) = %(year)s GROUP BY 1")
    with conn.cursor() as cur:
        cur.execute(sql, {"year": year})
        return cur.fetchall()


def export_rows(conn, columns=REPORT_COLUMNS):
    column_list = ", ".join(c for c in columns if c in REPORT_COLUMNS)
    with conn.cursor() as cur:
        cur.execute("SELECT " + column_list + " FROM invoices ORDER BY id")
        return cur.fetchall()


def mark_paid(conn, invoice_ids):
    placeholders = ", ".join(["%s"] * len(invoice_ids))
    with conn.cursor() as cur:
        cur.execute(f"UPDATE invoices SET paid = true WHERE id IN ({placeholders})", list(invoice_ids))
    conn.commit()


def archive_invoice(conn, invoice_id, reason):
    with conn.cursor() as cur:
        # expect: sql-fstring
        cur.execute(f"INSERT INTO archive (invoice_id, reason) VALUES ({invoice_id}, '{reason}')")
    conn.commit()
    log.info("archived invoice %s", invoice_id)
