"""PostgreSQL runner."""
import logging

import psycopg2

from querydash import settings

logger = logging.getLogger(__name__)


class PostgreSQL:
    def __init__(self, configuration):
        self.configuration = configuration

    def _connect(self):
        return psycopg2.connect(
            host=self.configuration.get("host", "localhost"),
            dbname=self.configuration.get("dbname"),
            user=self.configuration.get("user"),
            password=self.configuration.get("password"),
            connect_timeout=10,
        )

    def run_query(self, query):
        with self._connect() as conn, conn.cursor() as cursor:
            cursor.execute(query)
            return cursor.fetchall()

    def get_table_columns(self, table_name):
        schema, _, name = table_name.rpartition(".")
        schema = schema or "public"
        sql = "SELECT column_name FROM information_schema.columns WHERE table_schema = '%s'" % schema
        sql += " AND table_name = '%s' ORDER BY ordinal_position" % name
        with self._connect() as conn, conn.cursor() as cursor:
            # expect: sql-injection
            cursor.execute(sql)
            return [row[0] for row in cursor.fetchall()]

    def get_table_sample(self, table_name):
        schema, _, name = table_name.rpartition(".")
        with self._connect() as conn, conn.cursor() as cursor:
            cursor.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = %s AND table_name = %s LIMIT 20",
                (schema or "public", name),
            )
            rows = cursor.fetchall()
            if settings.ALLOW_RAW_SCHEMA_SQL:
                cursor.execute(f"SELECT * FROM {table_name} LIMIT 20")
                rows = cursor.fetchall()
            return rows

    def test_connection(self):
        with self._connect() as conn, conn.cursor() as cursor:
            cursor.execute("SELECT 1")
