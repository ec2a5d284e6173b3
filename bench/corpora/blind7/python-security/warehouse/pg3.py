"""Warehouse sync jobs (psycopg 3)."""
from __future__ import annotations

import logging
from typing import Iterable

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

log = logging.getLogger(__name__)


class WarehouseSync:
    def __init__(self, conninfo: str) -> None:
        self.conninfo = conninfo

    def copy_table(self, schema: str, table: str, rows: Iterable[tuple]) -> None:
        stmt = sql.SQL("COPY {}.{} FROM STDIN").format(sql.Identifier(schema), sql.Identifier(table))
        with psycopg.connect(self.conninfo) as conn, conn.cursor() as cur:
            with cur.copy(stmt) as copy:
                for row in rows:
                    copy.write_row(row)

    def truncate(self, schema: str, table: str) -> None:
        with psycopg.connect(self.conninfo, autocommit=True) as conn:
            # expect: sql-injection
            conn.execute(f"TRUNCATE {schema}.{table}")

    def row_count(self, table: str) -> int:
        query = sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
        with psycopg.connect(self.conninfo) as conn:
            return conn.execute(query).fetchone()[0]

    def skus_for_bin(self, bin_code: str) -> list[dict]:
        with psycopg.connect(self.conninfo, row_factory=dict_row) as conn:
            cur = conn.cursor()
            cur.execute("SELECT sku, qty FROM bin_contents WHERE bin_code = %(bin)s", {"bin": bin_code})
            return cur.fetchall()

    def skus_for_zone(self, zone: str) -> list[dict]:
        query = "SELECT sku, qty FROM bin_contents WHERE zone = '%s' ORDER BY sku" % zone
        with psycopg.connect(self.conninfo, row_factory=dict_row) as conn:
            cur = conn.cursor()
            # expect: sql-injection
            cur.execute(query)
            return cur.fetchall()


async def latest_moves(conninfo: str, picker: str, limit: int = 50):
    async with await psycopg.AsyncConnection.connect(conninfo) as aconn:
        async with aconn.cursor() as cur:
            await cur.execute(
                # expect: sql-injection
                f"SELECT * FROM moves WHERE picker = '{picker}' ORDER BY ts DESC LIMIT {limit}"
            )
            return await cur.fetchall()


async def latest_moves_safe(conninfo: str, picker: str, limit: int = 50):
    async with await psycopg.AsyncConnection.connect(conninfo) as aconn:
        async with aconn.cursor() as cur:
            await cur.execute("SELECT * FROM moves WHERE picker = %s ORDER BY ts DESC LIMIT %s", (picker, limit))
            return await cur.fetchall()
