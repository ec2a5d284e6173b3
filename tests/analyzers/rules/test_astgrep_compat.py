"""ast-grep compatibility, measured: each rule file in tests/astgrep_compat/rules (unquoted
`severity: off`, `$$$` and transform variables in messages, follows/precedes, utils,
constraints, matches, regex, not/any/all, stopBy) gives the same findings — file, line,
column, message and severity — in postil as in the ast-grep CLI on the same code."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from postil.analyzers.rules.bulk import ast_grep_binary

pytestmark = pytest.mark.slow  # CLI subprocesses, servers or real repositories

HERE = Path(__file__).parent / "astgrep_compat"
RULES = sorted((HERE / "rules").glob("*.yml"))


def rule_id(path: Path) -> str:
    return next(line.split(":", 1)[1].strip() for line in path.read_text().splitlines() if line.startswith("id:"))


@pytest.mark.parametrize("rule", RULES, ids=lambda p: p.stem)
def test_postil_finds_what_ast_grep_finds(rule, tmp_path, user_config_home):
    binary = ast_grep_binary()
    assert binary, "the ast-grep CLI (ast-grep-cli, a dependency) is not installed"
    shutil.copytree(HERE / "code", tmp_path / "code")
    (tmp_path / "rules").mkdir()
    shutil.copy(rule, tmp_path / "rules" / rule.name)
    (tmp_path / ".postil.toml").write_text('rule-dirs = ["rules"]\n')
    sg = subprocess.run([binary, "scan", "--rule", str(rule), "--json=compact", "code"], cwd=tmp_path,
                        capture_output=True, text=True, timeout=60)
    expected = sorted((m["file"], m["range"]["start"]["line"] + 1, m["range"]["start"]["column"] + 1, m["message"],
                       m["severity"].lower()) for m in json.loads(sg.stdout or "[]"))
    done = subprocess.run([sys.executable, "-P", "-m", "postil", "check", "code", "--select", rule_id(rule),
                           "--format", "json", "--exit-zero"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    found = sorted((f["path"], f["line"], f["column"], f["message"], f["severity"])
                   for f in json.loads(done.stdout)["findings"])
    assert found == expected


def test_the_set_covers_what_ast_grep_users_write():
    text = "\n".join(r.read_text() for r in RULES)
    for feature in ("severity: off", "$$$", "transform:", "follows:", "precedes:", "utils:", "constraints:",
                    "matches:", "regex:", "not:", "any:", "all:", "stopBy: end"):
        assert feature in text, feature
    assert any("$$$" in line for line in text.splitlines() if line.startswith("message:"))
