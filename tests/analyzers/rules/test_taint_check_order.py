"""A check of a tree reports the same flows whatever order its files are checked in (issue 31: a run of
the corpora missed a view's LDAP flow once in three, its report complete). A run keeps what each
module's analysis answers; a view's sources asked which request state the files near it fill, and the
analysis of one of them which state the view fills: the view's analysis, asked again before its sources
were found, answered from no source and kept the empty states it walked. Whether a worker checked the
helper before the view decided where the flow was reported: at the helper's sink, at the view's call, or
(two workers answering apart) nowhere. Real files, in one process, in two orders."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_taint_modules import repository

from postil import scan
from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import bulk
from postil.analyzers.rules.taint_callers import EDITOR_HANDLERS

DIRECTORY = '''import ldap


def find_user(username):
    conn = ldap.initialize("ldap://ldap.example.com")
    return conn.search_s("dc=example,dc=com", ldap.SCOPE_SUBTREE, "(uid=" + username + ")")
'''

# the view fills `session["uid"]`, which the other blueprint reads, and reads `session["next"]`, which it fills
VIEWS = '''from flask import Blueprint, request, session

from .directory import find_user

bp = Blueprint("auth", __name__)


@bp.post("/login")
def login():
    username = request.form.get("username", "")
    entry = find_user(username)
    session["uid"] = username
    return {"found": bool(entry)}


@bp.get("/profile")
def profile():
    return {"uid": session["uid"], "next": session["next"]}
'''

OAUTH = '''from flask import Blueprint, redirect, request, session

bp = Blueprint("oauth", __name__)


@bp.get("/authorize")
def authorize():
    session["next"] = request.args.get("next", "/")
    return redirect("/login")


@bp.get("/done")
def done():
    return {"user": session["uid"]}
'''


def _findings(root: Path, order) -> set[tuple[str, int, str]]:
    """(file, line, rule) of the python/security findings of a check of the tree at ``root``, its files
    checked in one process in the ``order`` given (a function of the walk's list)."""
    cache = CheckerCache()
    plan = scan.plan_scan([Path(".")], cache)
    plan.walked.files[:] = order(plan.walked.files)
    result = scan.check_paths([Path(".")], cache, jobs=1, bulk=False, plan=plan)
    return {(Path(r.path).as_posix(), f.span.start_line + 1, f.rule) for r in result.reports for f in r.findings
            if f.rule.startswith("python/security/")}


def test_a_views_helper_flow_is_reported_once_in_the_same_place_whichever_file_is_checked_first(tmp_path, monkeypatch):
    root = repository(tmp_path / "sso", {"app/__init__.py": "", "app/directory.py": DIRECTORY,
                                         "app/views.py": VIEWS, "app/oauth.py": OAUTH})
    monkeypatch.chdir(root)
    helper_first = _findings(root, lambda files: sorted(files, key=lambda p: p.name != "directory.py"))
    view_first = _findings(root, lambda files: sorted(files, key=lambda p: p.name != "views.py"))
    assert helper_first == view_first
    # the helper's sink, where the view hands it the form's field (a check of the tree reports it there once)
    assert ("app/directory.py", 6, "python/security/tainted-ldap") in helper_first
    assert not {f for f in helper_first if f[0] == "app/views.py" and f[2] == "python/security/tainted-ldap"}


def _reports(views: int) -> dict[str, str]:
    """A module of report queries, one a view, and ``views`` views near it, each running its own."""
    queries = "import sqlite3\n" + "".join(
        f"\n\ndef report_{i:02}(name):\n    return sqlite3.connect(\"r.db\").execute(\"SELECT * FROM r WHERE n = '\" + name + \"'\")\n"
        for i in range(views))
    files = {"app/__init__.py": "", "app/queries.py": queries}
    for i in range(views):
        files[f"app/view_{i:02}.py"] = (f"from flask import request\n\nfrom .queries import report_{i:02}\n\n\n"
                                        f"def show():\n    return report_{i:02}(request.args[\"name\"])\n")
    return files


@pytest.mark.parametrize("bulk_scan", [False, True], ids=["in process", "bulk scan"])
def test_a_tree_check_follows_every_caller_of_a_module_whether_or_not_its_bulk_scan_is_done(tmp_path, monkeypatch, bulk_scan):
    # a bulk run checks a file that imports none of the project's modules as soon as ast-grep is done with
    # it, before the scan's probes are known, or after: the editor's bound on a module's callers
    # (the nearest views) held before them, so how fast ast-grep went decided which views were followed
    if bulk_scan and bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    views = EDITOR_HANDLERS + 4
    root = repository(tmp_path / "reports", _reports(views))
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 1 if bulk_scan else 10**9)
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=bulk_scan)
    found = {(Path(r.path).as_posix(), f.span.start_line + 1) for r in result.reports for f in r.findings
             if f.rule == "python/security/tainted-sql"}
    assert found == {("app/queries.py", 5 + 4 * i) for i in range(views)}  # each view's at its query's sink
