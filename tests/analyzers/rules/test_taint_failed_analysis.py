"""An analysis of another module that fails while it is made (a pyo3 panic; the file's time limit) is said
where it was asked and kept nowhere (issue 31). A module's check asks what the views near it pass its
functions, and so the views' analyses; one failing was kept half-made (its sources not yet found) and its
failure answered as nothing passed: the run reported the view's flow at its call, or nowhere, and called
itself complete. Now the file whose check asked says so (its rule failed, or the file ran out of time:
`complete: false`), and every other file reports what the whole run reports; the results cache keeps no such
run, and a question it asks again whose analysis fails checks the tree again. Real files, the failure made
real (ast-grep's refusal of a config, as a panic's path; a real Deadline of 0 s), raised once as the first
analysis is made."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

from test_taint_check_order import _reports
from test_taint_modules import repository

from postil.analyzers.rules import taint_whole
from postil.analyzers.rules.rule_failures import RULE_FAILED
from postil.cli import main
from postil.core.deadline import Deadline, ran_out_of_time
from postil.result_cache.check import MIN_FILES

SQL = "python/security/tainted-sql"


def _check(capsys, cached: bool = False) -> tuple[set[tuple[str, int]], dict, set[str]]:
    """(file, line) of the tree's SQL flows, the run's summary, and the files said to be incomplete
    (the rule failed there, or the file ran out of time); ``cached``: with the results cache."""
    main(["check", *([] if cached else ["--no-cache"]), "--in-process", "--jobs", "1", "--format", "json", "--exit-zero",
          "--select", f"{SQL},{RULE_FAILED}", "."])
    report = json.loads(capsys.readouterr().out)
    flows = {(Path(f["path"]).as_posix(), f["line"]) for f in report["findings"] if f["rule"] == SQL}
    said = {Path(f["path"]).as_posix() for f in report["findings"] if f["rule"] == RULE_FAILED} | {
        Path(s["path"]).as_posix() for s in report["summary"]["files_skipped"] if ran_out_of_time(s["reason"])}
    return flows, report["summary"], said


def _failing_once(monkeypatch, fail) -> list[str]:
    """The first analysis of a whole module made (taint_whole) calls ``fail()`` as it starts; the list
    returned gets one entry when it did."""
    failed: list[str] = []

    class FailingOnce(taint_whole.FileTaint):
        def _enter(self, *args, **kwargs):
            if not failed:
                failed.append(type(self).__name__)
                fail()
            return super()._enter(*args, **kwargs)
    monkeypatch.setattr(taint_whole, "FileTaint", FailingOnce)
    return failed


def _panic() -> None:
    from ast_grep_py import SgRoot

    SgRoot("x = 1", "python").root().find(regex=r"\l")  # (ast-grep refuses the escape: the path of a pyo3 panic)


def _whole(tmp_path, monkeypatch, capsys) -> set[tuple[str, int]]:
    root = repository(tmp_path / "reports", _reports(3))
    monkeypatch.chdir(root)
    flows, summary, said = _check(capsys)
    assert flows == {("app/queries.py", 5 + 4 * i) for i in range(3)} and summary["complete"] and not said
    return flows


def test_an_analysis_that_panics_while_made_is_said_where_asked_and_kept_nowhere(tmp_path, monkeypatch, capsys):
    whole = _whole(tmp_path, monkeypatch, capsys)
    failed = _failing_once(monkeypatch, _panic)
    flows, summary, said = _check(capsys)
    assert failed
    assert said and summary["complete"] is False, (flows, summary)  # (was: complete, and nothing said)
    # every file not said to be incomplete reports what the whole run does (was: the view's flow at its call)
    assert {f for f in flows if f[0] not in said} == {f for f in whole if f[0] not in said}, (flows, said)


def test_an_analysis_past_the_time_limit_while_made_skips_the_file_that_asked_and_is_kept_nowhere(tmp_path, monkeypatch, capsys):
    whole = _whole(tmp_path, monkeypatch, capsys)
    limit = Deadline(0)  # (made before the check: past its limit by the time an analysis is made)
    failed = _failing_once(monkeypatch, lambda: limit.check("the analysis of a module near the file"))
    flows, summary, said = _check(capsys)
    assert failed
    assert said and summary["complete"] is False and "ran out of time" in summary["incomplete"], (flows, summary)
    assert {f for f in flows if f[0] not in said} == {f for f in whole if f[0] not in said}, (flows, said)


def test_a_run_whose_analysis_failed_is_not_kept_in_the_results_cache(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("POSTIL_NO_CACHE", raising=False)
    root = repository(tmp_path / "reports", _reports(MIN_FILES))  # (the cache keeps trees of MIN_FILES files or more)
    monkeypatch.chdir(root)
    failed = _failing_once(monkeypatch, _panic)
    _, summary, said = _check(capsys, cached=True)
    assert failed and said and summary["complete"] is False
    flows, summary, said = _check(capsys, cached=True)  # (was: the failed run's answer again, said complete)
    assert flows == {("app/queries.py", 5 + 4 * i) for i in range(MIN_FILES)} and summary["complete"] and not said


def test_a_question_asked_again_whose_analysis_fails_checks_the_tree_again(tmp_path, monkeypatch, capsys):
    # (the results cache asks again what a changed caller passes the module's functions: taint_derived)
    monkeypatch.delenv("POSTIL_NO_CACHE", raising=False)
    root = repository(tmp_path / "reports", _reports(MIN_FILES))
    monkeypatch.chdir(root)
    whole, summary, _ = _check(capsys, cached=True)
    assert summary["complete"]
    view = root / "app" / "view_00.py"
    view.write_text(view.read_text() + "# a comment\n")
    asked_again: list[bool] = []

    def panic_where_asked_again() -> None:
        asked_again.append(any(frame.function == "_derived_same" for frame in inspect.stack()))
        _panic()
    _failing_once(monkeypatch, panic_where_asked_again)
    flows, summary, said = _check(capsys, cached=True)
    assert asked_again == [True]
    assert flows == whole and summary["complete"] and not said
