"""SQLite access for scans, events and logs."""
import json
import os
import sqlite3

from api.core import results_directory

DB_PATH = os.environ.get("NETTACKER_DB", "/var/lib/nettacker/nettacker.db")


def connect():
    connection = sqlite3.connect(DB_PATH)
    connection.row_factory = sqlite3.Row
    return connection


def create_scan(options):
    with connect() as connection:
        cursor = connection.execute(
            "INSERT INTO reports (report_path_filename, options) VALUES (?, ?)",
            (options["report_path_filename"], json.dumps(options)),
        )
        return cursor.lastrowid


def get_scan_result(scan_id):
    """Return the stored report name and its text."""
    with connect() as connection:
        row = connection.execute(
            "SELECT report_path_filename FROM reports WHERE id = ?", (scan_id,)
        ).fetchone()
    filename = row["report_path_filename"]
    # expect: path-traversal
    with open(filename, "rb") as handle:
        return filename, handle.read()


def get_archived_report(scan_id):
    """Older reports are kept under the results directory by id."""
    name = f"results_{int(scan_id)}.html"
    path = os.path.realpath(os.path.join(results_directory(), name))
    if os.path.commonpath([path, os.path.realpath(results_directory())]) != os.path.realpath(results_directory()):
        return None
    with open(path, "rb") as handle:
        return handle.read()


def get_events_for_scan(scan_id):
    with connect() as connection:
        rows = connection.execute(
            "SELECT target, module_name, port, event FROM scan_events WHERE scan_id = ?", (scan_id,)
        ).fetchall()
    return [dict(row) for row in rows]


def search_logs(query, page):
    offset = (max(page, 1) - 1) * 10
    with connect() as connection:
        # expect: sql-injection
        rows = connection.execute(f"SELECT target, module_name, event FROM scan_events WHERE event LIKE '%{query}%' LIMIT 10 OFFSET {offset}").fetchall()
    return [dict(row) for row in rows]


def get_logs_by_target(target):
    with connect() as connection:
        rows = connection.execute(
            "SELECT module_name, port, event FROM scan_events WHERE target = ? ORDER BY id DESC", (target,)
        ).fetchall()
    return [dict(row) for row in rows]


def save_event(scan_id, target, module_name, port, event):
    with connect() as connection:
        connection.execute(
            "INSERT INTO scan_events (scan_id, target, module_name, port, event) VALUES (?, ?, ?, ?, ?)",
            (scan_id, target, module_name, port, event),
        )
