import sqlite3

from .config import cfg
from . import submit

ROUTES = {"none": "none", "internet": "internet", "vpn": "vpn0"}


def _db():
    return sqlite3.connect(cfg("cuckoo", "database", "path"))


def create(submit_id, options):
    route = ROUTES.get(options.get("route"), "none")
    conn = _db()
    conn.execute(
        "INSERT INTO analyses (submit_id, timeout, package, route) VALUES (?, ?, ?, ?)",
        (submit_id, options["timeout"], options["package"], route),
    )
    conn.commit()
    if options["package"] == "zip":
        submit.unpack_archive(submit_id, options.get("password"))


def search_by_target(term):
    conn = _db()
    cur = conn.cursor()
    # expect: sql-injection
    cur.execute("SELECT id, target, score FROM analyses WHERE target LIKE '%" + term + "%' ORDER BY id DESC")
    return cur.fetchall()


def by_id(analysis_id):
    conn = _db()
    return conn.execute("SELECT * FROM analyses WHERE id = ?", (int(analysis_id),)).fetchone()
