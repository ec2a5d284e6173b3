#!/usr/bin/env python3
"""CGI script on the old intranet host: looks up a machine in the inventory."""

import cgi
import html
import os
import sqlite3
import subprocess
import sys

DB = "/var/lib/inventory/inventory.db"


def main() -> None:
    form = cgi.FieldStorage()
    host = form.getfirst("host", "")
    print("Content-Type: text/html\n")
    conn = sqlite3.connect(DB)
    # expect: sql-injection
    row = conn.execute("SELECT owner, rack FROM machines WHERE name = '" + host + "'").fetchone()
    if row is None:
        # expect: xss
        print("<p>No machine called %s</p>" % host)
        return
    print("<p>Owner: %s, rack %s</p>" % (html.escape(row[0]), html.escape(row[1])))
    if form.getfirst("ping"):
        # expect: command-injection
        subprocess.call("ping -c 1 -W 1 %s > /dev/null" % host, shell=True)


def admin_report() -> None:
    query = os.environ.get("QUERY_STRING", "")
    print("Content-Type: text/plain\n")
    if query == "full":
        conn = sqlite3.connect(DB)
        for name, owner in conn.execute("SELECT name, owner FROM machines ORDER BY name"):
            print(f"{name}\t{owner}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--report":
        admin_report()
    else:
        main()
