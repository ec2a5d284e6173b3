"""Reporting queries against the analytics replica (psycopg, asyncpg, SQLAlchemy)."""
from __future__ import annotations

import datetime as dt
from typing import Iterable

import asyncpg
import pg8000.native
import psycopg2
from psycopg2 import sql
from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

ALLOWED_METRICS = frozenset({"revenue", "orders", "refunds"})
REPORT_TABLE = "daily_rollup"


def revenue_by_region(conn, region: str, since: dt.date) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(
            "SELECT day, SUM(amount) FROM orders WHERE region = %s AND day >= %s GROUP BY day",
            (region, since),
        )
        return cur.fetchall()


def revenue_by_customer(conn, customer: str) -> list[tuple]:
    with conn.cursor() as cur:
        # expect: sql-injection-format
        cur.execute("SELECT day, amount FROM orders WHERE customer = '%s'" % customer)
        return cur.fetchall()


def metric_series(conn, metric: str) -> list[tuple]:
    if metric not in ALLOWED_METRICS:
        raise ValueError(f"unknown metric {metric!r}")
    query = sql.SQL("SELECT day, {} FROM {}").format(sql.Identifier(metric), sql.Identifier(REPORT_TABLE))
    with conn.cursor() as cur:
        cur.execute(query)
        return cur.fetchall()


def rollup_all(conn) -> None:
    # built only from constants
    stmt = "REFRESH MATERIALIZED VIEW " + REPORT_TABLE
    with conn.cursor() as cur:
        cur.execute(stmt)


def delete_days(conn, days: Iterable[str]) -> None:
    day_list = ",".join(f"'{d}'" for d in days)
    with conn.cursor() as cur:
        # expect: sql-injection-format
        cur.execute(f"DELETE FROM {REPORT_TABLE} WHERE day IN ({day_list})")


async def top_products(pool: asyncpg.Pool, category: str, limit: int = 10):
    async with pool.acquire() as conn:
        return await conn.fetch(
            "SELECT sku, SUM(qty) AS n FROM order_lines WHERE category = $1 GROUP BY sku ORDER BY n DESC LIMIT $2",
            category, limit,
        )


async def products_by_tag(pool: asyncpg.Pool, tag: str):
    async with pool.acquire() as conn:
        # expect: sql-injection-format
        return await conn.fetch(f"SELECT sku FROM products WHERE '{tag}' = ANY(tags)")


def churned(session: Session, cutoff: str):
    stmt = text("SELECT id, email FROM customers WHERE last_order < :cutoff")
    return session.execute(stmt, {"cutoff": cutoff}).all()


def churned_by_plan(session: Session, plan: str):
    # expect: sqlalchemy-text-format
    stmt = text("SELECT id, email FROM customers WHERE plan = '{}'".format(plan))
    return session.execute(stmt).all()


def ids_in(session: Session, ids: list[int]):
    stmt = text("SELECT * FROM customers WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))
    return session.execute(stmt, {"ids": ids}).all()


def warehouse_counts(con: pg8000.native.Connection, site: str):
    # expect: sql-injection-format
    return con.run("SELECT bin, COUNT(*) FROM stock WHERE site = '" + site + "' GROUP BY bin")


def warehouse_counts_safe(con: pg8000.native.Connection, site: str):
    return con.run("SELECT bin, COUNT(*) FROM stock WHERE site = :site GROUP BY bin", site=site)


def connect(dsn: str):
    return psycopg2.connect(dsn, application_name="reports")
