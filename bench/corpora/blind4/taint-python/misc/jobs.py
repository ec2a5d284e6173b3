"""Celery tasks; arguments are built by our own code after validation (see tasks/schedule.py)."""
import subprocess

import psycopg2
import requests
from celery import shared_task

from .config import DSN, CONVERTER


@shared_task
def archive_customer(customer_id: int) -> None:
    with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute("UPDATE customers SET archived = true WHERE id = %s", (customer_id,))


@shared_task
def convert_document(path: str, fmt: str) -> None:
    subprocess.run([CONVERTER, "--to", fmt, path], check=True, timeout=300)


@shared_task
def send_webhook(url: str, payload: dict) -> int:
    return requests.post(url, json=payload, timeout=10).status_code


def nightly_cleanup() -> None:
    sql = "DELETE FROM sessions WHERE expires < now()"
    with psycopg2.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute(sql)
