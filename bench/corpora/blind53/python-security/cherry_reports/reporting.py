"""Report generation helpers (MySQL via aiomysql-compatible PyMySQL, wkhtmltopdf)."""
import logging
import subprocess

import pymysql

log = logging.getLogger("reports")
DB = dict(host="db", user="reports", database="reports", charset="utf8mb4")
REPORT_KINDS = {"sales": "sales_daily", "stock": "stock_levels", "returns": "returns_weekly"}


def _connect():
    return pymysql.connect(**DB)


def fetch_rows(tenant, kind, extra_filter=""):
    table = REPORT_KINDS.get(kind, "sales_daily")
    sql = f"SELECT * FROM {table} WHERE tenant = %s"
    if extra_filter:
        sql += " AND " + extra_filter
    conn = _connect()
    with conn.cursor() as cur:
        # expect: sql-injection
        cur.execute(sql, (tenant,))
        return cur.fetchall()


def fetch_rows_for_day(tenant, kind, day):
    table = REPORT_KINDS.get(kind, "sales_daily")
    conn = _connect()
    with conn.cursor() as cur:
        cur.execute(f"SELECT * FROM {table} WHERE tenant = %s AND day = %s", (tenant, day))
        return cur.fetchall()


def render_pdf(html_path, out_name):
    args = "wkhtmltopdf --quiet {} /srv/reports/out/{}".format(html_path, out_name)
    # expect: command-injection
    subprocess.run(args, shell=True, check=True)


def render_pdf_argv(html_path, out_name):
    subprocess.run(["wkhtmltopdf", "--quiet", html_path, f"/srv/reports/out/{out_name}"], check=True)


def compute_column(expression, row):
    # expect: code-injection
    return eval(expression, {"__builtins__": {}}, dict(row))
