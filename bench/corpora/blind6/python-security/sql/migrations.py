"""Schema migrations: constant statements and quoted identifiers only."""
from psycopg import sql

TABLES = ("invoices", "customers", "payments")

CREATE_INVOICES = """
CREATE TABLE IF NOT EXISTS invoices (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL,
    amount numeric(12, 2) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
)
"""


def migrate(conn):
    with conn.cursor() as cur:
        cur.execute(CREATE_INVOICES)
        cur.execute("CREATE INDEX IF NOT EXISTS invoices_customer ON invoices (customer_id)")
        for table in TABLES:
            cur.execute(sql.SQL("ANALYZE {}").format(sql.Identifier(table)))
    conn.commit()


def add_column(conn, table, column, type_name):
    if type_name not in {"text", "bigint", "boolean", "timestamptz"}:
        raise ValueError(f"unsupported column type {type_name!r}")
    stmt = sql.SQL("ALTER TABLE {} ADD COLUMN IF NOT EXISTS {} " + type_name).format(
        sql.Identifier(table), sql.Identifier(column))
    with conn.cursor() as cur:
        cur.execute(stmt)
    conn.commit()


def row_counts(conn):
    counts = {}
    with conn.cursor() as cur:
        for table in TABLES:
            cur.execute("SELECT count(*) FROM " + table)
            counts[table] = cur.fetchone()[0]
    return counts
