"""Nightly maintenance run by cron. No outside input reaches these calls."""
import logging
import os
import sqlite3
import subprocess
from datetime import date, timedelta

import requests

log = logging.getLogger(__name__)
DB = "/var/lib/app/app.db"
RETENTION_DAYS = 30
TABLES = ("sessions", "audit", "outbox")
STATUS_URL = "https://status.example.com/api/heartbeat"


def cutoff():
    return (date.today() - timedelta(days=RETENTION_DAYS)).isoformat()


def purge(conn):
    for table in TABLES:
        conn.execute(f"DELETE FROM {table} WHERE created < '{cutoff()}'")
    conn.commit()


def vacuum():
    subprocess.run("sqlite3 %s 'VACUUM;'" % DB, shell=True, check=True)


def rotate_logs():
    path = os.path.join("/var/log/app", "app.log")
    os.system("gzip -f " + path)


def heartbeat():
    requests.post(STATUS_URL, json={"job": "nightly", "day": date.today().isoformat()}, timeout=5)


def search(conn, term="active"):
    query = "SELECT id FROM users WHERE status = '%s'" % term
    return conn.execute(query).fetchall()


def main():
    conn = sqlite3.connect(DB)
    purge(conn)
    vacuum()
    rotate_logs()
    heartbeat()
    log.info("nightly done: %d active", len(search(conn)))


if __name__ == "__main__":
    main()
