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
