#!/usr/bin/env python3
"""Legacy CGI lookup page still linked from the intranet."""
import cgi
import html
import os
import sqlite3

DB = "/var/www/data/staff.db"

form = cgi.FieldStorage()
dept = form.getfirst("dept", "")
name = form.getvalue("name", "")

conn = sqlite3.connect(DB)
print("Content-Type: text/html\n")
print("<html><body>")
# expect: xss
print("<h2>Results for %s</h2>" % name)
print("<h3>Department: %s</h3>" % html.escape(dept))

# expect: sql-injection
rows = conn.execute("SELECT name, phone FROM staff WHERE dept = '" + dept + "'").fetchall()
for staff_name, phone in rows:
    print("<p>%s: %s</p>" % (html.escape(staff_name), html.escape(phone)))

rows = conn.execute("SELECT name, phone FROM staff WHERE name LIKE ?", (name + "%",)).fetchall()
print("<p>%d people match</p>" % len(rows))

query_log = os.environ.get("QUERY_STRING", "")
with open("/var/log/lookup.log", "a") as log:
    log.write(query_log.replace("\n", " ") + "\n")
print("</body></html>")
