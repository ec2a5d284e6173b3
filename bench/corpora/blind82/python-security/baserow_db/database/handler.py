import ast
import os
import re

from django.conf import settings
from django.db import connection

COLUMN_RE = re.compile(r"^field_[0-9]+$")
ORDERABLE = ("id", "order", "created_on", "updated_on")


class TableHandler:
    def __init__(self, table_id):
        self.table_id = int(table_id)
        self.db_table = f"database_table_{self.table_id}"

    def filter_rows(self, field, filter_type, value):
        if not COLUMN_RE.match(field):
            raise ValueError("bad field")
        where = filter_type.sql(field)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT * FROM {self.db_table} WHERE {where}", [value])
            return cursor.fetchall()

    def search(self, search, order_by):
        clause = f"WHERE search_text ILIKE '%{search}%'" if search else ""
        with connection.cursor() as cursor:
            # expect: sql-injection
            cursor.execute(f"SELECT * FROM {self.db_table} {clause} ORDER BY {order_by if order_by in ORDERABLE else 'id'}")
            return cursor.fetchall()

    def open_export(self, name):
        export_dir = os.path.join(settings.MEDIA_ROOT, "export_files")
        # expect: path-traversal
        return open(os.path.join(export_dir, name), "rb")

    def preview_formula(self, formula):
        try:
            return ast.literal_eval(formula)
        except (ValueError, SyntaxError):
            return None
