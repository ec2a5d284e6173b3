"""Read and prune the audit log stored in Postgres (pg8000 native API)."""
import os
from datetime import datetime, timedelta, timezone

import pg8000.native
from pg8000.native import identifier

AUDIT_TABLES = {"logins": "audit_logins", "exports": "audit_exports", "admin": "audit_admin"}


def connect() -> pg8000.native.Connection:
    return pg8000.native.Connection(
        user=os.environ["AUDIT_DB_USER"],
        password=os.environ["AUDIT_DB_PASSWORD"],
        host=os.environ.get("AUDIT_DB_HOST", "localhost"),
        database="audit",
    )


def events_for_actor(actor: str, limit: int = 100):
    conn = pg8000.native.Connection(user=os.environ["AUDIT_DB_USER"], password=os.environ["AUDIT_DB_PASSWORD"], database="audit")
    try:
        return conn.run(
            "SELECT at, action, target FROM audit_events WHERE actor = :actor ORDER BY at DESC LIMIT :n",
            actor=actor,
            n=limit,
        )
    finally:
        conn.close()


def search_events(term: str, kind: str):
    """Free-text search behind the support console's search box."""
    conn = pg8000.native.Connection(user=os.environ["AUDIT_DB_USER"], password=os.environ["AUDIT_DB_PASSWORD"], database="audit")
    table = AUDIT_TABLES.get(kind, "audit_events")
    try:
        # expect: sql-injection
        return conn.run(f"SELECT at, actor, action FROM {identifier(table)} WHERE action ILIKE '%{term}%' ORDER BY at DESC")
    finally:
        conn.close()


def count_by_table(kind: str) -> int:
    conn = pg8000.native.Connection(user=os.environ["AUDIT_DB_USER"], password=os.environ["AUDIT_DB_PASSWORD"], database="audit")
    table = AUDIT_TABLES[kind]
    try:
        rows = conn.run(f"SELECT count(*) FROM {identifier(table)}")
        return rows[0][0]
    finally:
        conn.close()


def prune(before: str, actor_filter: str):
    """Called by the retention admin page with the form's date and actor."""
    conn = pg8000.native.Connection(user=os.environ["AUDIT_DB_USER"], password=os.environ["AUDIT_DB_PASSWORD"], database="audit")
    try:
        # expect: sql-injection
        conn.run("DELETE FROM audit_events WHERE at < '" + before + "' AND actor LIKE '" + actor_filter + "'")
        return conn.row_count
    finally:
        conn.close()


def prune_older_than(days: int):
    cutoff = datetime.now(timezone.utc) - timedelta(days=days)
    conn = connect()
    try:
        conn.run("DELETE FROM audit_events WHERE at < :cutoff", cutoff=cutoff)
        return conn.row_count
    finally:
        conn.close()
