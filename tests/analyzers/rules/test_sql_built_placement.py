"""SQL built in one statement and run in another is reported from the statement that builds it
to the call that runs it (bandit's B608 and ruff's S608 point at the first, call-anchored rules at
the second): the range covers both, suppressions on either line work, a text built far above is
named as related information instead, and the fingerprint goes by the call."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # the CLI in a subprocess

PYTHON = """\
def lookup(conn, user_id):
    q = "SELECT * FROM users WHERE id = '%s'" % user_id
    cur = conn.cursor()
    cur.execute(q)


def by_name(conn, name):
    sql = "SELECT * FROM users WHERE name = '" + name + "'"
    conn.execute(sql)  # noqa: S608


def by_owner(conn, owner):
    sql = "SELECT * FROM items WHERE owner = '%s'" % owner  # postil: ignore[python/security/sql-injection]
    conn.execute(sql)


def report(conn, region):
    query = f"SELECT * FROM sales WHERE region = '{region}'"
    rows = []
    for year in range(2000, 2010):
        rows.append(year)
        rows.append(year + 1)
        rows.append(year + 2)
        rows.append(year + 3)
        rows.append(year + 4)
        rows.append(year + 5)
        rows.append(year + 6)
        rows.append(year + 7)
    return conn.execute(query), rows
"""

FLASK = """\
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/users")
def users():
    name = request.args.get("name")
    conn = sqlite3.connect("app.db")
    sql = "SELECT * FROM users WHERE name = '" + name + "'"
    return str(conn.execute(sql).fetchall())
"""

COSMOS = """\
from azure.cosmos import CosmosClient


class Conversations:
    def __init__(self, endpoint):
        self.container = CosmosClient(endpoint).get_database_client("db").get_container_client("c")

    def get_conversation(self, user_id, conversation_id):
        query = f"SELECT * FROM c where c.id = '{conversation_id}' and c.userId = @userId"
        parameters = [{"name": "@userId", "value": user_id}]
        return list(self.container.query_items(query=query, parameters=parameters))
"""
COSMOS_VIEW = """\
from flask import Flask, request

from history import Conversations

app = Flask(__name__)
client = Conversations("https://example.documents.azure.com")


@app.post("/history/read")
def read():
    return {"conversation": client.get_conversation("u1", request.json.get("conversation_id"))}
"""

JAVASCRIPT = """\
const express = require('express');
const app = express();
app.get('/users', (req, res) => {
  const name = req.query.name;
  const sql = "SELECT * FROM users WHERE name = '" + name + "'";
  db.query(sql, (err, rows) => res.json(rows));
});
function find(db, id) {
  const q = `SELECT * FROM users WHERE id = ${id}`;
  return db.query(q);
}
"""


def check(postil, tmp_path: Path, name: str, text: str, *args: str):
    (tmp_path / name).write_text(text)
    done = postil("check", name, "--exit-zero", *args, cwd=tmp_path)
    assert done.code == 0, done.stderr
    return done


def test_sql_built_above_its_call_is_reported_from_the_building_line_to_the_call(postil, tmp_path):
    report = check(postil, tmp_path, "db.py", PYTHON, "--format", "json").json
    found = [(f["rule"], f["line"], f["end_line"]) for f in report["findings"]]
    # by_name and by_owner: suppressed on the call's line and on the building line
    assert found == [("python/security/sql-injection", 2, 4), ("python/security/sql-injection", 29, 29)]
    first, far = report["findings"]
    assert first["message"].endswith("; SQL text built at line 2, run at line 4")
    assert first["related"] == []
    # built 11 lines above its call: the call alone, the building statement related to it
    assert [(r["line"], r["message"]) for r in far["related"]] == [(18, "the SQL text is built here")]
    text = check(postil, tmp_path, "db.py", PYTHON).stdout
    assert "db.py:2:5: warning python/security/sql-injection" in text


def test_the_fingerprint_goes_by_the_call_so_an_edit_between_keeps_it(postil, tmp_path):
    before = check(postil, tmp_path, "db.py", PYTHON, "--format", "json").json["findings"][0]["fingerprint"]
    edited = PYTHON.replace("    cur = conn.cursor()\n", "    cur = conn.cursor()  # one cursor a lookup\n")
    after = check(postil, tmp_path, "db.py", edited, "--format", "json").json["findings"][0]
    assert (after["line"], after["end_line"], after["fingerprint"]) == (2, 4, before)


def test_a_flow_runs_from_the_request_read_through_the_built_sql_to_the_call(postil, tmp_path):
    [flow] = check(postil, tmp_path, "views.py", FLASK, "--format", "json").json["findings"]
    assert (flow["rule"], flow["line"], flow["end_line"]) == ("python/security/tainted-sql", 9, 12)
    assert flow["message"].endswith("reaches `execute` at line 12; SQL text built at line 11")
    assert [(r["line"], r["message"]) for r in flow["related"]] == [(9, "request data enters here")]


def test_javascript_sql_is_reported_from_where_it_is_built(postil, tmp_path):
    found = check(postil, tmp_path, "app.js", JAVASCRIPT, "--format", "json").json["findings"]
    assert [(f["rule"], f["line"], f["end_line"]) for f in found] == [
        ("js/security/tainted-sql", 4, 6),
        ("js/security/sql-injection-string-building", 9, 10),
    ]


def test_sql_given_as_a_keyword_runs_from_where_it_is_built(postil, tmp_path):
    """Cosmos DB's `container.query_items(query=query, ...)`: one finding, from the f-string to the call
    (the pattern rule's on the building line is the same flow)."""
    (tmp_path / "history.py").write_text(COSMOS)
    (tmp_path / "app.py").write_text(COSMOS_VIEW)
    found = postil("check", ".", "--exit-zero", "--format", "json", cwd=tmp_path).json["findings"]
    assert [(f["path"].rsplit("/", 1)[-1], f["rule"], f["line"], f["end_line"]) for f in found] == [
        ("history.py", "python/security/tainted-sql", 9, 11)]
    assert found[0]["message"].endswith("reaches `query` at line 11; SQL text built at line 9")
