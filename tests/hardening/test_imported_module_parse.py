"""A module another file imports is parsed for the taint engine (what its functions do with data): a hostile
one that tree-sitter's error recovery crawls through (quotes) is not handed to ast-grep's parse, which cannot
be stopped, but refused after its first parse's budget (bounded_parse) and not followed; before, each file
importing it paid the whole parse. Work counted: the texts ast-grep parsed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import ast_grep_py
import pytest

from postil.analyzers.checker import Checker
from postil.config import load_config

pytestmark = pytest.mark.slow  # (seconds of CPU: over the fast tier's budget)

HOSTILE = "function runShell(cmd) {\n  return cmd;\n}\nmodule.exports = { runShell };\n" + "'" * 300_000 + "\n"
SERVER = """const express = require('express');
const { exec } = require('child_process');
const { runShell } = require('./lib/helpers');

const app = express();

app.get('/echo', (req, res) => {
  runShell('echo ' + req.query.text);
  exec(req.query.cmd);
  res.json({ ok: true });
});
"""


def test_an_imported_module_tree_sitter_crawls_through_is_not_parsed(tmp_path: Path, monkeypatch):
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "helpers.js").write_text(HOSTILE)
    (tmp_path / "server.js").write_text(SERVER)
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    parsed: list[int] = []
    real = ast_grep_py.SgRoot

    def counted(text: str, language: str):
        parsed.append(len(text))
        return real(text, language)

    monkeypatch.setattr(ast_grep_py, "SgRoot", counted)
    checker = Checker(load_config(tmp_path / "server.js"))
    found = checker.check_text(tmp_path / "server.js", SERVER)
    assert [n for n in parsed if n >= 10_000] == []  # (only the importer's text, which an earlier test
    # of this process may have had parsed already; the hostile module is ~300 KB)
    assert [(f.span.start_line + 1, f.rule) for f in found if "/tainted-" in f.rule] == \
        [(9, "js/security/tainted-command")]  # (the module's own flow unknown, the file's found)
