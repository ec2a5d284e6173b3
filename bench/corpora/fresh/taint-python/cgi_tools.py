#!/usr/bin/env python3
"""A CGI lookup script and an interactive maintenance tool."""
import cgi
import os
import sqlite3
import subprocess

DB = "/var/lib/tool/tool.db"


def lookup():
    form = cgi.FieldStorage()
    user = form.getvalue("user", "")
    conn = sqlite3.connect(DB)
    # expect: sql-injection
    rows = conn.execute("SELECT * FROM users WHERE login = '" + user + "'").fetchall()
    print("Content-Type: text/plain\n")
    for row in rows:
        print(row)


def read_choice():
    return input("table to vacuum> ").strip()


def maintain():
    table = read_choice()
    conn = sqlite3.connect(DB)
    # expect: sql-injection
    conn.executescript("VACUUM; DELETE FROM %s WHERE stale = 1;" % table)


def maintain_safe():
    tables = ("users", "sessions")
    choice = int(input("1=users 2=sessions> "))
    conn = sqlite3.connect(DB)
    conn.execute("DELETE FROM %s WHERE stale = 1" % tables[choice - 1])


def shell():
    host, port = input("host> "), input("port> ")
    # expect: command-injection
    os.popen("nc -z %s %s" % (host, port)).read()


def shell_fixed():
    host = "db.internal"
    os.popen("nc -z %s 5432" % host).read()


def run_task():
    task = input("task> ")
    parts = {"name": task, "mode": "fast"}
    # expect: command-injection
    subprocess.Popen("runtask --name {name} --mode {mode}".format(**parts), shell=True)


def user():
    user = "admin"
    conn = sqlite3.connect(DB)
    conn.execute("SELECT * FROM users WHERE login = '" + user + "'")
