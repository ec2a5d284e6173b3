"""Request and database helpers shared by the portal blueprints."""
import sqlite3
import subprocess

from flask import current_app, g, request


def arg(name: str, default: str = "") -> str:
    """A query-string or form value, stripped."""
    value = request.values.get(name, default)
    return value.strip() if isinstance(value, str) else default


def json_field(name: str):
    body = request.get_json(silent=True) or {}
    return body.get(name)


def db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


def close_connection() -> None:
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def query(sql: str, params: tuple = ()) -> list[dict]:
    return [dict(r) for r in db().execute(sql, params).fetchall()]


def count_lines(path: str) -> int:
    out = subprocess.run(["wc", "-l", path], capture_output=True, text=True, check=True).stdout
    return int(out.split()[0])


def grep_logs(pattern: str) -> str:
    # expect: command-injection
    return subprocess.run(f"grep -h {pattern} /var/log/portal/*.log | tail -n 200", shell=True, capture_output=True, text=True).stdout


def grep_logs_fixed(pattern: str) -> str:
    result = subprocess.run(["grep", "-h", "-e", pattern, "/var/log/portal/app.log"], capture_output=True, text=True)
    return result.stdout[-20000:]
