"""Customer repository on PostgreSQL (psycopg2)."""
import psycopg2
import psycopg2.extras
from psycopg2 import sql


class CustomerRepo:
    def __init__(self, dsn):
        self.conn = psycopg2.connect(dsn)

    def by_email(self, email):
        with self.conn.cursor() as cur:
            # expect: sql-injection
            cur.execute(f"SELECT id, name FROM customers WHERE email = '{email}'")
            return cur.fetchone()

    def by_email_safe(self, email):
        with self.conn.cursor() as cur:
            # safe: parameterised
            cur.execute("SELECT id, name FROM customers WHERE email = %s", (email,))
            return cur.fetchone()

    def by_city(self, city, limit):
        cur = self.conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor)
        # expect: sql-injection
        cur.execute(
            "SELECT * FROM customers WHERE city = '%s' LIMIT %d" % (city, limit)
        )
        return cur.fetchall()

    def sorted_by(self, column):
        query = sql.SQL("SELECT * FROM customers ORDER BY {}").format(sql.Identifier(column))
        with self.conn.cursor() as cur:
            # safe: identifier composed with psycopg2.sql
            cur.execute(query)
            return cur.fetchall()

    def tag(self, ids, tag):
        stmt = "UPDATE customers SET tags = array_append(tags, '" + tag + "')"
        stmt += " WHERE id = ANY(%s)"
        with self.conn, self.conn.cursor() as cur:
            # expect: sql-injection
            cur.execute(stmt, (list(ids),))

    def insert_many(self, rows):
        with self.conn, self.conn.cursor() as cur:
            # safe: execute_values with a template of placeholders
            psycopg2.extras.execute_values(cur, "INSERT INTO customers (name, email) VALUES %s", rows)

    def count_where(self, field, value):
        template = "SELECT count(*) FROM customers WHERE {0} = '{1}'"
        with self.conn.cursor() as cur:
            # expect: sql-injection
            cur.execute(template.format(field, value))
            return cur.fetchone()[0]
