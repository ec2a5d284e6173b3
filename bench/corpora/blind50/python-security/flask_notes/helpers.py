"""Small helpers shared by the notes blueprints."""
import logging
import os
import sqlite3
import subprocess

from flask import current_app

from .config import SORTABLE_COLUMNS

log = logging.getLogger("notes.helpers")


def get_db():
    conn = sqlite3.connect(current_app.config["DATABASE"])
    conn.row_factory = sqlite3.Row
    return conn


def title_filter(term):
    """Build the WHERE clause for a title search."""
    clause = "WHERE title LIKE '%"
    clause += term
    clause += "%'"
    return clause


def order_clause(sort_key):
    column = SORTABLE_COLUMNS.get(sort_key, "created_at")
    return f"ORDER BY {column} DESC"


def run_backup(label):
    """Run the backup tool, naming the archive after the label."""
    binary = current_app.config["BACKUP_BIN"]
    # expect: command-injection
    return subprocess.run(f"{binary} --label {label}", shell=True, capture_output=True, timeout=120)


def run_backup_argv(label):
    binary = current_app.config["BACKUP_BIN"]
    return subprocess.run([binary, "--label", label], capture_output=True, timeout=120)


def export_path(root, name):
    return os.path.join(root, name)


def safe_export_path(root, name):
    base = os.path.realpath(root)
    candidate = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([base, candidate]) != base:
        raise ValueError("path escapes export root")
    return candidate


def audit(event, detail):
    log.info("audit %s %r", event, detail)
