"""SQL text built at the call of a helper of the module that runs it (`run_query("SELECT ... " + term)`):
python/security/sql-injection reports such text wherever it is built, and python/security/tainted-sql,
which supersedes it, judges the call as it judges a sink. Data it follows to the helper's sink is one
flow, reported there (the pattern finding at the call was a second finding); text built from data
proven clean (a cast value, a field its class stores cast) is not reported; text built from what
unknown callers give (a library function's parameter, a field a constructor stores from its own)
keeps the pattern finding. Real CLI, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.analyzers.rules.checked_tree import rule_findings

VIEWS = '''import sqlite3

from django.views.generic import TemplateView
from flask import Flask, request

app = Flask(__name__)


def run_query(sql):
    return sqlite3.connect("app.db").execute(sql).fetchall()


@app.route("/search")
def search():
    term = request.args["q"]
    return {"rows": run_query("SELECT id FROM posts WHERE title LIKE '%" + term + "%'")}


@app.route("/page")
def page():
    size = int(request.args["size"])
    return {"rows": run_query("SELECT id FROM posts LIMIT " + str(size))}


def export(table):
    return run_query("SELECT * FROM " + table)


class YearReport(TemplateView):
    def get(self, request, *args, **kwargs):
        self.year = int(request.GET.get("year", "2024"))
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return {"totals": run_query("SELECT sum(total) FROM invoices WHERE year = " + str(self.year))}


class Report:
    def __init__(self, year):
        self.year = year

    def totals(self):
        return run_query("SELECT sum(total) FROM invoices WHERE year = " + str(self.year))
'''


def test_a_helper_call_is_judged_as_its_sink_is(tmp_path: Path):
    (tmp_path / "views.py").write_text(VIEWS)
    run = subprocess.run([sys.executable, "-m", "postil", "check", "--no-cache", "--format", "text", "--select",
                          "python/security", str(tmp_path)], check=False, capture_output=True, text=True, timeout=300)
    found = sorted((int(line.split(":")[1]), line.split()[2]) for line in run.stdout.splitlines() if "views.py:" in line)
    # the search flow at the helper's sink only; the cast page size and the view's cast field are clean;
    # the library function's table and the constructor's year come from callers not shown
    assert found == [(10, "python/security/tainted-sql"), (26, "python/security/sql-injection"),
                     (43, "python/security/sql-injection")], run.stdout


HANDLERS = """const mysql = require('mysql');
const pool = mysql.createPool(process.env.MYSQL_URL);

function query(sql) {
  return new Promise((resolve, reject) => pool.query(sql, (err, rows) => (err ? reject(err) : resolve(rows))));
}

exports.orders = async (event) => {
  const customer = event.queryStringParameters.customer;
  const rows = await query("SELECT * FROM orders WHERE customer = '" + customer + "'");
  return { statusCode: 200, body: JSON.stringify(rows) };
};

exports.byName = async (event) => {
  const name = pool.escape(event.queryStringParameters.name);
  return { statusCode: 200, body: JSON.stringify(await query("SELECT * FROM orders WHERE name = " + name)) };
};

exports.listFor = (owner) => query("SELECT * FROM orders WHERE owner = '" + owner + "'");
"""


def test_in_javascript_a_helper_call_is_judged_and_the_flow_carries_its_line(tmp_path: Path):
    """JS corpora label the call that hands the helper the text (blind4's Lambda handlers), others the
    helper's sink: the flow is reported once, at the sink, carrying the call's line (a related place the
    editor shows and the scorer counts); the call's pattern finding goes, as does the one at a call handing
    over text escaped first; a library function's parameter (callers not shown) keeps it."""
    (tmp_path / "handlers.js").write_text(HANDLERS)
    run = subprocess.run([sys.executable, "-m", "postil", "check", "--no-cache", "--format", "json", "--select",
                          "js/security", str(tmp_path)], check=False, capture_output=True, text=True, timeout=300)
    found = [(f["line"], f["rule"], [(r["line"], r["message"]) for r in f["related"] if r["call"]])
             for f in json.loads(run.stdout)["findings"]]
    assert found == [(5, "js/security/tainted-sql", [(10, "event data is handed to `query` here")]),
                     (19, "js/security/sql-injection-string-building", [])], run.stdout


ORDERS = """const express = require('express');
const { Pool } = require('pg');
const pool = new Pool();
const router = express.Router();

class Orders {
  constructor(owner) {
    this.owner = owner;
  }

  list(limit) {
    return pool.query("SELECT * FROM orders WHERE owner = '" + this.owner + "' LIMIT " + limit);
  }

  recent() {
    return this.list(10);
  }
}

router.get('/count', async (req, res) => {
  res.json(await pool.query('SELECT count(*) FROM orders WHERE id = $1', [req.query.id]));
});

module.exports = { Orders, router };
"""


def test_in_javascript_a_field_the_constructor_stored_stays_its_builders(tmp_path: Path):
    """`this` is JS's receiver as `self` is Python's (blind61/66): a method its sibling calls with a constant
    reads `this.owner`, which the constructor stored from callers the file does not show; the SQL built from
    it is not proven clean, so the pattern finding stays."""
    (tmp_path / "orders.js").write_text(ORDERS)
    run = subprocess.run([sys.executable, "-m", "postil", "check", "--no-cache", "--format", "json", "--select",
                          "js/security", str(tmp_path)], check=False, capture_output=True, text=True, timeout=300)
    found = [(f["line"], f["rule"]) for f in json.loads(run.stdout)["findings"]]
    assert found == [(12, "js/security/sql-injection-string-building")], run.stdout


BUILT_FIRST = '''import sqlite3

from flask import Flask, request

app = Flask(__name__)


def run_query(sql):
    return sqlite3.connect("app.db").execute(sql).fetchall()


@app.route("/lookup", methods=["POST"])
def lookup():
    email = request.form["email"]
    query = "SELECT id FROM users WHERE email = '" + email + "'"
    return {"rows": run_query(query)}
'''


def test_text_built_into_a_local_before_the_helper_call_keeps_its_finding(tmp_path: Path):
    found = sorted(rule_findings(tmp_path, {"views.py": BUILT_FIRST}, "python/security"))
    # the flow at the helper's sink, and the line that built the text (where the fix goes; corpora label it)
    assert found == ["views.py:15 python/security/sql-injection", "views.py:9 python/security/tainted-sql"]
