"""The built-in packs are an ast-grep project: the ast-grep CLI loads every pack file, scans
with them and passes their tests; a taint rule written in that form (postil's keys under
`metadata`) loads in ast-grep and still reports its flow in postil."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from postil.analyzers.rules.bulk import ast_grep_binary
from postil.analyzers.rules.loader import BUILTIN_PACKS

pytestmark = pytest.mark.slow  # runs the ast-grep CLI and postil in subprocesses

PACKS = BUILTIN_PACKS.parent
SAMPLE = {
    "app.py": "import pickle\n\ndef load(blob):\n    return pickle.loads(blob)\n\neval(input())\n",
    "web.js": "function show(el, html) {\n  el.innerHTML = html;\n}\neval(location.hash);\n",
    "main.go": 'package main\n\nimport "crypto/md5"\n\nfunc h(b []byte) { md5.Sum(b) }\n',
}


def sg() -> str:
    binary = ast_grep_binary()
    assert binary, "the ast-grep CLI (ast-grep-cli, a dependency) is not installed"
    return binary


def test_every_pack_file_loads_in_the_ast_grep_cli(tmp_path):
    (tmp_path / "a.py").write_text("x = 1\n")
    files = sorted(BUILTIN_PACKS.glob("*.yml"))
    assert any("taint" in f.name for f in files)  # taint rules are pack files like the others
    for rule_file in files:
        done = subprocess.run([sg(), "scan", "--rule", str(rule_file), "--json=compact", "a.py"], cwd=tmp_path,
                              capture_output=True, text=True, timeout=120)
        assert done.stderr == "" and json.loads(done.stdout) == [], f"{rule_file.name}: {done.stderr}"


def test_ast_grep_scans_a_tree_with_the_packs_project(tmp_path):
    for name, text in SAMPLE.items():
        (tmp_path / name).write_text(text)
    done = subprocess.run([sg(), "scan", "-c", str(PACKS / "sgconfig.yml"), "--json=compact", "."], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert "Cannot parse" not in done.stderr, done.stderr
    found = {(m["file"], m["ruleId"]) for m in json.loads(done.stdout)}
    assert {("app.py", "python/security/pickle-deserialization"), ("web.js", "js/security/innerhtml-unsanitized"),
            ("main.go", "go/security/weak-hash")} <= found, sorted(found)


def test_ast_grep_test_passes_every_case_of_the_packs():
    cases = [doc for path in sorted((PACKS / "rule-tests").glob("*.yml"))
             for doc in yaml.safe_load_all(path.read_text()) if doc]
    done = subprocess.run([sg(), "test", "-c", "sgconfig.yml", "--skip-snapshot-tests", "--include-off"], cwd=PACKS,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr
    assert f"test result: ok. {len(cases)} passed; 0 failed;" in done.stdout, done.stdout[-2000:]


TAINT_RULE = """\
id: myapp/tainted-sql
language: python
severity: error
message: SQL injection
rule: {any: []}
metadata:
  cwe: CWE-89
  taint:
    sources:
      - {set: web-sources}
    sinks:
      - {pattern: '$C.execute($Q $$$)', focus: $Q}
---
id: web-sources
language: python
severity: "off"
rule: {any: []}
metadata:
  taint-set:
    - pattern: request.args
"""

VIEW = """\
def search():
    name = request.args["q"]
    cursor.execute("SELECT * FROM t WHERE name = '" + name + "'")
    cursor.execute("SELECT 1")
"""


def test_a_taint_rule_under_metadata_loads_in_ast_grep_and_reports_the_flow_in_postil(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "taint.yml").write_text(TAINT_RULE)
    (tmp_path / "app.py").write_text(VIEW)
    (tmp_path / ".postil.toml").write_text('rule-dirs = ["rules"]\nselect = ["myapp"]\n')
    loaded = subprocess.run([sg(), "scan", "--rule", "rules/taint.yml", "--json=compact", "app.py"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert loaded.stderr == "" and json.loads(loaded.stdout) == []  # ast-grep cannot follow the flow
    done = subprocess.run([sys.executable, "-P", "-m", "postil", "check", "app.py", "--format", "json", "--exit-zero"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    findings = json.loads(done.stdout)["findings"]
    assert [(f["rule"], f["line"], f["severity"]) for f in findings] == [("myapp/tainted-sql", 3, "error")], done.stderr
