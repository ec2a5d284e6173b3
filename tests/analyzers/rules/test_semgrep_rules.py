"""A Semgrep rule file in rule-dirs is translated (pattern, patterns, pattern-either,
pattern-not, pattern-inside, metavariable-regex, paths...) and its rules report what Semgrep
would; a rule using a key with no ast-grep equivalent is refused by name, and the others run."""

from __future__ import annotations

from pathlib import Path

import pytest

SEMGREP = """\
rules:
  - id: flask-debug
    languages: [python]
    severity: ERROR
    message: Flask app run with debug=True
    pattern: $APP.run(..., debug=True, ...)
  - id: formatted-shell
    languages: [python]
    severity: WARNING
    message: shell command built with $CMD
    patterns:
      - pattern-either:
          - pattern: subprocess.call($CMD, shell=True, ...)
          - pattern: subprocess.run($CMD, shell=True, ...)
      - pattern-not: subprocess.run("...", shell=True, ...)
      - pattern-inside: |
          def $F(...):
              ...
      - metavariable-regex:
          metavariable: $CMD
          regex: (f"|.*\\.format\\()
  - id: md5
    languages: [javascript, typescript]
    severity: INFO
    message: md5 is broken
    pattern: crypto.createHash("md5")
    paths:
      exclude: [tests/]
  - id: sql-taint
    mode: taint
    languages: [python]
    severity: ERROR
    message: SQL injection
    pattern-sources: [{pattern: request.args}]
    pattern-sinks: [{pattern: cursor.execute(...)}]
"""

APP = """\
import subprocess

app.run(host="0.0.0.0", debug=True)
app.run(debug=False)


def go(name):
    subprocess.run(f"ls {name}", shell=True)
    subprocess.run("ls", shell=True)
    subprocess.call("ls {}".format(name), shell=True)
    subprocess.call(command, shell=True)


subprocess.run(f"ls {name}", shell=True)
"""


@pytest.mark.parametrize("clean_files", [0, 70], ids=["in process", "ast-grep CLI"])
def test_a_semgrep_file_is_translated_and_its_rules_report(postil, tmp_path: Path, clean_files):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "team.yml").write_text(SEMGREP)
    (tmp_path / ".postil.toml").write_text('rule-dirs = ["rules"]\n')
    (tmp_path / "app.py").write_text(APP)
    (tmp_path / "hash.ts").write_text('const h = crypto.createHash("md5");\n')
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "hash.ts").write_text('crypto.createHash("md5");\n')
    for i in range(clean_files):
        (tmp_path / f"clean{i}.py").write_text(f"VALUE_{i} = {i}\n")
    done = postil("check", ".", "--format", "json", "--exit-zero", cwd=tmp_path)
    found = sorted((f["path"], f["line"], f["rule"], f["severity"], f["message"]) for f in done.json["findings"]
                   if f["rule"] in ("flask-debug", "formatted-shell", "md5"))
    assert found == [
        ("app.py", 3, "flask-debug", "error", "Flask app run with debug=True"),
        ("app.py", 8, "formatted-shell", "warning", 'shell command built with f"ls {name}"'),
        ("app.py", 10, "formatted-shell", "warning", 'shell command built with "ls {}".format(name)'),
        ("hash.ts", 1, "md5", "info", "md5 is broken"),
    ], done.stderr
    refused = [line for line in done.stderr.splitlines() if "team.yml" in line]
    assert len(refused) == 1 and "rule 'sql-taint'" in refused[0]
    assert "`mode`, `pattern-sinks`, `pattern-sources` have no ast-grep equivalent" in refused[0]
    assert "write it as a taint rule" in refused[0]


def test_a_semgrep_rule_postil_cannot_translate_is_named_with_what_it_reads(postil, tmp_path: Path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "deep.yml").write_text(
        "rules:\n  - id: deep-eval\n    languages: [python]\n    severity: ERROR\n    message: eval of request data\n"
        "    pattern: eval(<... request ...>)\n")
    (tmp_path / ".postil.toml").write_text('rule-dirs = ["rules"]\n')
    (tmp_path / "app.py").write_text("x = 1\n")
    done = postil("rules", "list", cwd=tmp_path)
    assert "rule 'deep-eval': a Semgrep rule postil cannot translate: the deep expression `<... ...>`" in done.stderr
    assert "(postil translates pattern, patterns, pattern-either, pattern-not, pattern-inside" in done.stderr
    assert "missing `id`" not in done.stderr
