"""Command-line sync of LDAP users into the app DB (run by ops from cron)."""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess

DB_PATH = os.environ.get("APP_DB", "/srv/app/app.db")
DEFAULT_GROUP = "engineering"


def fetch_members(group: str) -> list[str]:
    out = subprocess.run(["ldapsearch", "-x", "-LLL", f"(cn={DEFAULT_GROUP})", "memberUid"],
                         capture_output=True, text=True, check=True).stdout
    return [line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("memberUid: ")]


def upsert(conn: sqlite3.Connection, users: list[str]) -> None:
    conn.executemany("INSERT OR IGNORE INTO users(name) VALUES (?)", [(u,) for u in users])
    conn.commit()


def prune(conn: sqlite3.Connection, keep: list[str]) -> int:
    placeholders = ",".join("?" for _ in keep)
    cur = conn.execute(f"DELETE FROM users WHERE name NOT IN ({placeholders})", keep)
    return cur.rowcount


def table_sizes(conn: sqlite3.Connection) -> dict[str, int]:
    sizes = {}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        sizes[name] = conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
    return sizes


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--dry-run", action="store_true")
    args = p.parse_args()
    users = fetch_members(DEFAULT_GROUP)
    with sqlite3.connect(DB_PATH) as conn:
        if not args.dry_run:
            upsert(conn, users)
            prune(conn, users)
        print(table_sizes(conn))


if __name__ == "__main__":
    main()
