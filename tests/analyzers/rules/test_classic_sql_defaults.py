"""SQL built by formatting or concatenation and executed is reported by default, as bandit's
B608 and ruff's S608 do: a warning in an ordinary function, an error (once) where request data
provably reaches it, nothing where the taint rule proved the value clean."""

from __future__ import annotations

from pathlib import Path

PYTHON = """\
def find_user(cursor, user_id):
    cursor.execute("SELECT * FROM users WHERE id = %s" % user_id)


def find_by_name(conn, name):
    conn.execute("SELECT * FROM users WHERE name = '" + name + "'")


def bound(cursor, user_id):
    cursor.execute("SELECT * FROM users WHERE id = %s", (user_id,))


@app.route("/users")
def by_request():
    name = request.args["name"]
    cursor.execute("SELECT * FROM users WHERE name = '%s'" % name)


@app.route("/sorted")
def allow_listed():
    column = request.args["column"]
    if column not in SORTABLE:
        return None
    cursor.execute("SELECT * FROM users ORDER BY " + column)  # the taint rule judged it clean
"""

JAVASCRIPT = """\
async function findUser(db, id) {
  return db.query("SELECT * FROM users WHERE id = " + id);
}
async function findByName(pool, name) {
  return pool.query(`SELECT * FROM users WHERE name = '${name}'`);
}
async function bound(pool, name) {
  return pool.query("SELECT * FROM users WHERE name = $1", [name]);
}
"""


def findings(postil, tmp_path: Path, name: str, text: str) -> list[tuple[int, str, str]]:
    (tmp_path / name).write_text(text)
    done = postil("check", name, "--format", "json", "--exit-zero", cwd=tmp_path)
    assert done.code == 0, done.stderr
    return sorted((f["line"], f["severity"], f["rule"]) for f in done.json["findings"])


def test_python_sql_formatting_is_a_warning_and_a_proven_flow_an_error(postil, tmp_path):
    assert findings(postil, tmp_path, "db.py", PYTHON) == [
        (2, "warning", "python/security/sql-injection"),
        (6, "warning", "python/security/sql-injection"),
        (15, "error", "python/security/tainted-sql"),  # from the request read, as a registry's rules start it
    ]


def test_javascript_sql_string_building_is_reported_by_default(postil, tmp_path):
    assert findings(postil, tmp_path, "db.js", JAVASCRIPT) == [
        (2, "warning", "js/security/sql-injection-string-building"),
        (5, "warning", "js/security/sql-injection-string-building"),
    ]
