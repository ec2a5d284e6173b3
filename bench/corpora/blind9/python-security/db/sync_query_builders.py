# library: sqlite3 / DB-API (query built in helpers, then executed)
"""CRM sync: pulls contacts from a local staging database."""
import sqlite3

FIELDS = ("id", "email", "name", "updated_at")


def build_filter(owner):
    return "owner = '" + owner + "'"


def contacts_for_owner(conn: sqlite3.Connection, owner):
    query = "SELECT " + ", ".join(FIELDS) + " FROM contacts WHERE " + build_filter(owner)
    # expect: sql-injection
    return conn.execute(query).fetchall()


def contacts_updated_since(conn: sqlite3.Connection, ts):
    query = "SELECT " + ", ".join(FIELDS) + " FROM contacts WHERE updated_at > ?"
    return conn.execute(query, (ts,)).fetchall()


def delete_contacts(conn: sqlite3.Connection, ids):
    placeholders = ", ".join("?" for _ in ids)
    conn.execute(f"DELETE FROM contacts WHERE id IN ({placeholders})", list(ids))


def tag_contacts(conn: sqlite3.Connection, tag, ids):
    id_list = ",".join(str(i) for i in ids)
    # expect: sql-injection
    conn.execute(f"UPDATE contacts SET tags = tags || ',{tag}' WHERE id IN ({id_list})")
