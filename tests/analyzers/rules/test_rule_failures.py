"""A rule that fails on a file (an error inside ast-grep: a regex it refuses, a kind its grammar
lacks) is said, never hidden: the file gets a `postil/rule-failed` finding naming the rule and
the error, `postil check` calls the run incomplete and exits 1 even where nothing else is found,
and the other rules still report. The failure is made real: ast-grep's own refusal of a rule
config, raised where the engine asks it for one rule's matches."""

from __future__ import annotations

import json

from postil.analyzers.rules import engine
from postil.cli import main

VIEW = "import subprocess\n\n\ndef run(cmd):\n    subprocess.call(cmd, shell=True)\n"


def _refused_by_ast_grep(rule_id: str, monkeypatch) -> None:
    """The rule ``rule_id`` asks ast-grep for a config it refuses (an unknown escape in a regex)."""
    from ast_grep_py import SgRoot

    raw_matches = engine._raw_matches

    def failing(rule, *args):
        if rule.id == rule_id:
            SgRoot("x = 1", "python").root().find(regex=r"\l")
        return raw_matches(rule, *args)
    monkeypatch.setattr(engine, "_raw_matches", failing)


def test_a_rule_failing_on_a_file_is_reported_and_the_run_is_incomplete(tmp_path, monkeypatch, capsys):
    (tmp_path / "jobs.py").write_text(VIEW)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--no-cache", "--format", "json", "."]) == 1  # a warning and an error found
    before = json.loads(capsys.readouterr().out)
    failing = before["findings"][0]["rule"]
    _refused_by_ast_grep(failing, monkeypatch)
    status = main(["check", "--no-cache", "--format", "json", "--exit-zero", "."])
    report = json.loads(capsys.readouterr().out)
    assert status == 0  # (--exit-zero)
    failed = [f for f in report["findings"] if f["rule"] == "postil/rule-failed"]
    assert len(failed) == 1 and failing in failed[0]["message"] and "escape" in failed[0]["message"], failed
    assert {f["rule"] for f in report["findings"]} == {f["rule"] for f in before["findings"]} - {failing} | {"postil/rule-failed"}
    assert report["summary"]["complete"] is False and "rules failed on 1 file(s)" in report["summary"]["incomplete"]


def test_a_clean_file_whose_rule_failed_is_not_all_clear(tmp_path, monkeypatch, capsys):
    (tmp_path / "jobs.py").write_text(VIEW)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--no-cache", "--select", "python/security/subprocess-shell-true", "."]) == 1
    capsys.readouterr()
    _refused_by_ast_grep("python/security/subprocess-shell-true", monkeypatch)
    status = main(["check", "--no-cache", "--select", "python/security/subprocess-shell-true", "."])
    out = capsys.readouterr().out
    assert status == 1 and "All clear" not in out and "postil/rule-failed" in out, out
