"""Ledger queries for the billing worker (pg8000, no ORM)."""
import os

import pg8000
import pg8000.dbapi
import pg8000.native
from pg8000.native import identifier, literal

DB = dict(
    user=os.environ.get("PGUSER", "billing"),
    password=os.environ["PGPASSWORD"],
    host=os.environ.get("PGHOST", "localhost"),
    database="billing",
)


def invoices_for_customer(customer_ref, status):
    conn = pg8000.native.Connection(**DB)
    try:
        # expect: sql-injection
        return conn.run(f"SELECT id, total FROM invoice WHERE customer_ref = '{customer_ref}' AND status = '{status}'")
    finally:
        conn.close()


def search_ledger(term, order_col="booked_at"):
    conn = pg8000.native.Connection(**DB)
    sql = "SELECT * FROM ledger WHERE memo LIKE '%" + term + "%'"
    sql += " ORDER BY " + order_col
    # expect: sql-injection
    rows = conn.run(sql)
    conn.close()
    return rows


def prepared_lookup(table):
    conn = pg8000.native.Connection(**DB)
    # expect: sql-injection
    stmt = conn.prepare("SELECT * FROM {} WHERE id = :id".format(table))
    return [stmt.run(id=i) for i in (1, 2, 3)]


def mark_paid(invoice_ids, actor):
    db = pg8000.dbapi.connect(**DB)
    cur = db.cursor()
    ids = ",".join(str(i) for i in invoice_ids)
    # expect: sql-injection
    cur.execute("UPDATE invoice SET status = 'paid', paid_by = '%s' WHERE id IN (%s)" % (actor, ids))
    db.commit()


def bulk_tag(tags, schema):
    conn = pg8000.connect(**DB)
    cursor = conn.cursor()
    insert = "INSERT INTO " + schema + ".invoice_tag (invoice_id, tag) VALUES (%s, %s)"
    # expect: sql-injection
    cursor.executemany(insert, tags)
    conn.commit()


def invoices_for_customer_safe(customer_ref, status):
    conn = pg8000.native.Connection(**DB)
    try:
        return conn.run(
            "SELECT id, total FROM invoice WHERE customer_ref = :ref AND status = :status",
            ref=customer_ref,
            status=status,
        )
    finally:
        conn.close()


def count_rows(table):
    conn = pg8000.native.Connection(**DB)
    return conn.run(f"SELECT count(*) FROM {identifier(table)} WHERE region = {literal('eu')}")


def mark_paid_safe(invoice_id, actor):
    db = pg8000.dbapi.connect(**DB)
    cur = db.cursor()
    cur.execute("UPDATE invoice SET status = 'paid', paid_by = %s WHERE id = %s", (actor, invoice_id))
    db.commit()
