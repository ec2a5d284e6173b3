"""Raw report queries for the graphs (aggregates the ORM makes awkward)."""
import csv
import io
import json
import logging

from django.db import connection

logger = logging.getLogger(__name__)

FEEDING_ORDER = {"start": "start", "-start": "start DESC", "amount": "amount", "-amount": "amount DESC"}


def feeding_amounts(child_id, order="start"):
    column = FEEDING_ORDER.get(order, "start")
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT date(start) AS day, SUM(amount) FROM core_feeding WHERE child_id = %s GROUP BY day ORDER BY {column}",
            [child_id],
        )
        return cursor.fetchall()


def feeding_types(child_id, method):
    with connection.cursor() as cursor:
        cursor.execute("SELECT type, COUNT(*) FROM core_feeding WHERE child_id = %s AND method = %s GROUP BY type", [child_id, method])
        return cursor.fetchall()


def sleep_totals(child_id, order=None):
    if not order:
        order = "day"
    with connection.cursor() as cursor:
        # expect: sql-injection
        cursor.execute(f"SELECT date(start) AS day, SUM(duration) FROM core_sleep WHERE child_id = {int(child_id)} GROUP BY day ORDER BY {order}")
        return cursor.fetchall()


def export_rows(child_id, fmt):
    with connection.cursor() as cursor:
        cursor.execute("SELECT start, end, type, method, amount FROM core_feeding WHERE child_id = %s", [child_id])
        rows = cursor.fetchall()
    if fmt == "json":
        return json.dumps([list(map(str, row)) for row in rows])
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()
