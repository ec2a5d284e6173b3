"""A shell command or SQL built from a function's parameters is reported by default in JS modules
too, where no taint verdict proves it clean: an exported function's parameters are its callers'
(only a Lambda-style `event` is the platform's), so the taint rules do not judge its sinks clean."""

from __future__ import annotations

from pathlib import Path

TOOLS = """\
const { exec } = require('child_process');

exports.run = (cmd) => exec('sh -c ' + cmd);

exports.handler = async (event) => {
  exec('ls ' + event.dir);
};

module.exports.listing = function (dir) {
  return exec('ls -la ' + dir);
};

exports.fixed = () => exec('ls -la');
"""


def test_exported_functions_building_commands_are_reported(postil, tmp_path: Path):
    (tmp_path / "tools.js").write_text(TOOLS)
    done = postil("check", ".", "--format", "json", "--exit-zero", cwd=tmp_path)
    assert done.code == 0, done.stderr
    found = {(f["line"], f["rule"]) for f in done.json["findings"]}
    assert found == {
        (3, "js/security/child-process-exec-injection"),
        (6, "js/security/tainted-command"),
        (10, "js/security/child-process-exec-injection"),
    }


DATA_LAYER = """\
const express = require('express');
const router = express.Router();

function query(conn, name) {
  return conn.query("SELECT * FROM users WHERE name = '" + name + "'");
}

router.get('/echo', (req, res) => res.json({ q: req.query.q }));

module.exports = { router, query };
"""


def test_a_function_named_like_the_method_it_calls_keeps_its_finding(postil, tmp_path: Path):
    """`conn.query(...)` inside `function query` is not a call of that function: the helper is
    never called in the file, so its SQL stays reported where request data enters elsewhere."""
    (tmp_path / "data.js").write_text(DATA_LAYER)
    done = postil("check", ".", "--format", "json", "--exit-zero", cwd=tmp_path)
    assert done.code == 0, done.stderr
    assert {(f["line"], f["rule"]) for f in done.json["findings"]} == {
        (5, "js/security/sql-injection-string-building")}


ES_MODULE = """\
import express from 'express';
import { sequelize } from './db.js';
import { id } from './args.js';

const app = express();
const [rows] = await sequelize.query(`SELECT * FROM users WHERE id = ${id}`);
await sequelize.query("DELETE FROM sessions WHERE user = '" + userName + "'");
const LIMIT = 10;
await sequelize.query(`SELECT * FROM users LIMIT ${LIMIT}`);

app.get('/u', (req, res) => res.json({ id: req.params.id }));
"""


def test_top_level_sql_of_an_es_module_with_a_handler_is_reported(postil, tmp_path: Path):
    """Module code (top-level `await`, no function) that splices an imported or global name into
    SQL: the taint rules follow request data in the same file, but they cannot say where those
    names come from, so they do not judge the query clean and the string-building rule reports it."""
    (tmp_path / "app.mjs").write_text(ES_MODULE)
    done = postil("check", ".", "--format", "json", "--exit-zero", cwd=tmp_path)
    assert done.code == 0, done.stderr
    assert {(f["line"], f["rule"]) for f in done.json["findings"]} == {
        (6, "js/security/sql-injection-string-building"), (7, "js/security/sql-injection-string-building")}
