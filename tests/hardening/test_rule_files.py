"""Rule files are untrusted input (a cloned repository ships them): an alias bomb, a
100k-deep list, a 2,000-deep `not`, a huge file or a FIFO named like a rule file are each
reported as "file, rule id, problem", the rest still runs, and nothing crashes or hangs."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from postil.analyzers.rules.loader import load_rule_dirs
from postil.analyzers.rules.rule_yaml import MAX_RULE_FILE_BYTES

pytestmark = pytest.mark.slow  # the hardening suite: subprocesses, servers, hostile inputs

GOOD_RULE = """id: local/no-eval
language: python
severity: error
message: no eval
rule:
  pattern: eval($X)
"""
# 659 bytes like the one in issue 12: nine levels of nine aliases, 9^9 nodes once expanded
ALIAS_BOMB = "\n".join([
    "id: local/bomb", "language: python", "message: boom",
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
    *(f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)),
    "rule:", "  any: *i",
]) + "\n"
DEEP_LIST = "id: local/deep\nlanguage: python\nrule:\n  any: " + "[" * 100_000 + "]" * 100_000 + "\n"
DEEP_PATTERN = "id: local/deep-pattern\nlanguage: python\nrule:\n  pattern: '" + "f(" * 20_000 + ")" * 20_000 + "'\n"
DEEP_NOT = ("id: local/deep-not\nlanguage: python\nrule: " + "{not: " * 2000 + "{pattern: x}" + "}" * 2000 + "\n")


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POSTIL_")}
    return subprocess.run([sys.executable, "-m", "postil", *args], cwd=cwd, capture_output=True, text=True,
                          env=env, timeout=120, check=False)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / ".postil.toml").write_text('rule-dirs = ["rules"]\nselect = ["local/"]\n')
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "good.yml").write_text(GOOD_RULE)
    (tmp_path / "app.py").write_text("eval(data)\n")
    return tmp_path


@pytest.mark.parametrize(("content", "problem"), [
    (ALIAS_BOMB, "rule 'local/bomb': more than 10000 values once YAML aliases are expanded"),
    (DEEP_LIST, "nested deeper than 64 levels"),
    (DEEP_NOT, "nested deeper than 64 levels"),
    (DEEP_PATTERN, "rule 'local/deep-pattern'"),
])
def test_a_hostile_rule_file_is_reported_and_the_other_rules_still_run(project, content, problem):
    (project / "rules" / "bad.yml").write_text(content)
    started = time.perf_counter()
    for command in (["check", "."], ["rules", "list"]):
        done = run(*command, cwd=project)
        assert done.returncode >= 0, f"{command} crashed with signal {-done.returncode}"
        assert "Traceback" not in done.stderr
        assert f"bad.yml: {problem}" in done.stderr, done.stderr
    assert "local/no-eval" in run("check", ".", cwd=project).stdout
    assert time.perf_counter() - started < 60


def test_a_bad_document_does_not_take_the_rest_of_its_file_with_it(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    text = (GOOD_RULE + "---\n" + DEEP_LIST + "---\n" + GOOD_RULE.replace("no-eval", "again") + "---\n"
            + ALIAS_BOMB + "---\nid: local/broken\nrule: {pattern: [\n---\n" + GOOD_RULE.replace("no-eval", "last"))
    (rules / "mixed.yml").write_text(text)
    loaded, errors = load_rule_dirs([rules])
    assert [r.id for r in loaded] == ["local/no-eval", "local/again", "local/last"]
    problems = [str(e).split(": ", 1)[1] for e in errors]
    assert problems[:2] == [
        "document 2: nested deeper than 64 levels",
        "rule 'local/bomb': more than 10000 values once YAML aliases are expanded",
    ]
    assert problems[2].startswith("document 5: invalid YAML:"), problems


def test_huge_and_special_rule_files_are_refused_not_read(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "good.yml").write_text(GOOD_RULE)
    (rules / "huge.yml").write_text(GOOD_RULE.replace("no-eval", "huge") + "#" * MAX_RULE_FILE_BYTES)
    (rules / "target.yml").symlink_to("/dev/zero")  # outside the tree: a reader would never stop
    os.mkfifo(rules / "pipe.yml")
    loaded, errors = load_rule_dirs([rules])
    assert [r.id for r in loaded] == ["local/no-eval"]
    messages = sorted(str(e) for e in errors)
    assert any("huge.yml: not loaded: larger than the limit for rule files" in m for m in messages), messages
    assert not any("pipe.yml" in m and "cannot read" in m for m in messages), messages
