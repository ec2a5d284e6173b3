"""A project's ``rule-dirs`` must lie inside its repository, but the files in them were read through
links: a checkout's `rules/r.yml -> /home/you/elsewhere.yml` was read, parsed and run (its `id` came
out as a finding, its YAML errors named lines and columns of the file, `/proc/self/environ` gave the
length of the first variable) while the walk itself says "symlink outside workspace" for the same
link. A rule or rule-test file whose real place is outside its rule directory is not read now (as
ast-grep's CLI reads no linked rule file), and the check says which and why."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from postil.analyzers.rules.testing import load_tests
from postil.cli import main

OUTSIDE_RULE = 'id: gho_TOKENVALUE123\nlanguage: python\nrule: {pattern: "x = 1"}\nmessage: "token"\n'
INSIDE_RULE = 'id: local/one\nlanguage: python\nrule: {pattern: "x = 1"}\nmessage: "one"\n'


@pytest.fixture
def checkout(tmp_path: Path, monkeypatch) -> Path:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "private.yml").write_text(OUTSIDE_RULE)
    (elsewhere / "private-test.yml").write_text("id: gho_TOKENVALUE123\ninvalid: ['x = 1']\n")
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    (root / "rules" / "shared").mkdir(parents=True)
    (root / ".postil.toml").write_text('rule-dirs = ["rules"]\n')
    (root / "rules" / "shared" / "one.yml").write_text(INSIDE_RULE)
    os.symlink(root / "rules" / "shared" / "one.yml", root / "rules" / "same.yml")  # inside: harmless
    os.symlink(elsewhere / "private.yml", root / "rules" / "r.yml")
    os.symlink(elsewhere / "private-test.yml", root / "rules" / "r-test.yml")
    os.symlink(elsewhere, root / "rules" / "linked-dir")
    (root / "a.py").write_text("x = 1\n")
    monkeypatch.chdir(root)
    return root


def test_rule_files_linking_outside_are_not_read(checkout: Path, capsys):
    code = main(["check", "--format", "json", "."])
    out, err = capsys.readouterr()
    assert "gho_TOKENVALUE123" not in out + err
    assert "rules/r.yml" in err and "outside the rule directory" in err  # said, with the reason
    assert '"local/one"' in out and code == 1  # the rule inside still runs, once


def test_rule_tests_linking_outside_are_not_read(checkout: Path):
    suite = load_tests([checkout / "rules"])
    assert "gho_TOKENVALUE123" not in suite.cases
