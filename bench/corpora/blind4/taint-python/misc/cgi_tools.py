#!/usr/bin/env python3
"""Old CGI admin tools still reachable under /cgi-bin/ on the intranet box,
plus the interactive maintenance prompt used by the night shift."""
import cgi
import html
import os
import sqlite3
import subprocess
import sys

DB = "/var/lib/intranet/people.db"


def lookup():
    form = cgi.FieldStorage()
    name = form.getfirst("name", "")
    conn = sqlite3.connect(DB)
    # expect: tainted-sql
    rows = conn.execute("SELECT name, phone FROM people WHERE name LIKE '" + name + "%'").fetchall()
    print("Content-Type: text/html\n")
    for row_name, phone in rows:
        print(f"<li>{html.escape(row_name)}: {html.escape(phone)}</li>")


def echo_query():
    form = cgi.FieldStorage()
    q = form.getfirst("q", "")
    print("Content-Type: text/html\n")
    # expect: tainted-xss
    print("<p>Results for " + q + "</p>")


def ping_host():
    host = os.environ.get("QUERY_STRING", "").partition("=")[2]
    print("Content-Type: text/plain\n")
    # expect: tainted-command
    print(subprocess.getoutput("ping -c 1 " + host))


def maintenance_prompt():
    table = input("table to vacuum: ").strip()
    conn = sqlite3.connect(DB)
    # expect: tainted-sql
    conn.execute(f"DELETE FROM {table} WHERE archived = 1")
    conn.execute("VACUUM")
    conn.commit()


def maintenance_prompt_safe():
    tables = {"people", "rooms", "visits"}
    table = input("table to vacuum: ").strip()
    if table not in tables:
        sys.exit(f"unknown table {table!r}; choose one of {sorted(tables)}")
    conn = sqlite3.connect(DB)
    conn.execute(f"DELETE FROM {table} WHERE archived = 1")
    conn.commit()


if __name__ == "__main__":
    {"lookup": lookup, "echo": echo_query, "ping": ping_host}.get(os.environ.get("TOOL", "lookup"), lookup)()
