import pymysql
import pymysql.cursors

from billing.settings import DB


def get_connection():
    return pymysql.connect(
        host=DB["host"],
        user=DB["user"],
        password=DB["password"],
        database=DB["name"],
        cursorclass=pymysql.cursors.DictCursor,
    )


class InvoiceRepository:
    def __init__(self, conn=None):
        self.conn = conn or get_connection()

    def find(self, invoice_id):
        with self.conn.cursor() as cursor:
            cursor.execute("SELECT * FROM invoices WHERE id = %s", (invoice_id,))
            return cursor.fetchone()

    def for_customer(self, customer_ref, status=None):
        sql = "SELECT id, amount, status FROM invoices WHERE customer_ref = '%s'" % customer_ref
        if status:
            sql += " AND status = '%s'" % status
        with self.conn.cursor() as cursor:
            # expect: sql-injection
            cursor.execute(sql)
            return cursor.fetchall()

    def mark_paid(self, ids):
        with self.conn.cursor() as cursor:
            cursor.executemany("UPDATE invoices SET status = 'paid' WHERE id = %s", [(i,) for i in ids])
        self.conn.commit()

    def total_by_currency(self, currency):
        with self.conn.cursor() as cursor:
            cursor.execute(
                # expect: sql-injection
                "SELECT SUM(amount) AS total FROM invoices WHERE currency = '{}'".format(currency)
            )
            return cursor.fetchone()["total"]

    def search(self, text):
        like = "%" + text + "%"
        with self.conn.cursor() as cursor:
            cursor.execute("SELECT id FROM invoices WHERE memo LIKE %s", (like,))
            return [r["id"] for r in cursor.fetchall()]

    def archive_year(self, year):
        table = "invoices_%d" % int(year)
        with self.conn.cursor() as cursor:
            cursor.execute("CREATE TABLE IF NOT EXISTS %s LIKE invoices" % table)
        self.conn.commit()
