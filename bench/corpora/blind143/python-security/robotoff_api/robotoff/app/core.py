"""Insight queries used by the API resources."""
from robotoff.models import db

COLUMNS = "id, barcode, type, value_tag, timestamp"


def get_insights(order_by="timestamp", count=25, barcode=None, value_tag=None):
    clauses, params = [], []
    if barcode:
        clauses.append("barcode = %s")
        params.append(barcode)
    if value_tag:
        clauses.append("value_tag = %s")
        params.append(value_tag)
    where = " AND ".join(clauses) or "TRUE"
    # expect: sql-injection
    cursor = db.execute_sql(f"SELECT {COLUMNS} FROM product_insight WHERE {where} ORDER BY {order_by} LIMIT {int(count)}", params)
    return [dict(zip(COLUMNS.split(", "), row)) for row in cursor.fetchall()]


def count_insights(value_tag):
    cursor = db.execute_sql("SELECT COUNT(*) FROM product_insight WHERE value_tag = %s", (value_tag,))
    return cursor.fetchone()[0]
