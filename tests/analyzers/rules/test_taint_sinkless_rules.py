"""A taint rule with no sink in a handler after a bulk scan (issue 31, cost): where the scan found
none of the rule's sinks in the file and the project's helpers it calls pass data to none (their
modules' texts only looked like one: `req.args.get(name)` reads like an HTTP client's `.get(`), the
rule's flow is not followed at all; where a helper does pass data to a sink, it still is. Real git
repository, real ast-grep, the real scan, beside the same check in process."""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

from postil import scan
from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import taint
from postil.analyzers.rules.builtin_packs import builtin_rules_for

PARAMS = "def get_param(req, name):\n    return req.args.get(name)\n"
FETCH = "import requests\n\n\ndef fetch(url):\n    return requests.get(url, timeout=5)\n"
HANDLER = '''import os

from flask import Blueprint, request

from helpers.params import get_param
from helpers.remote import fetch

bp = Blueprint("h{n}", __name__)


@bp.route("/case{n}")
def case{n}():
    name = get_param(request, "name")
    {sink}
    return "ok"
'''
SSRF = "python/security/tainted-ssrf"
COMMAND = "python/security/tainted-command"


def _tree(root: Path) -> None:
    (root / "helpers").mkdir(parents=True)
    (root / "helpers" / "__init__.py").write_text("")
    (root / "helpers" / "params.py").write_text(PARAMS)
    (root / "helpers" / "remote.py").write_text(FETCH)
    (root / "views").mkdir()
    for n in range(6):
        sink = 'fetch("https://" + name)' if n == 5 else 'os.system("ls " + name)'
        (root / "views" / f"case{n}.py").write_text(HANDLER.format(n=n, sink=sink))
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / ".postil.toml").write_text('select = ["python/security/tainted"]\n')


def _check(root: Path, bulk_scan: bool, monkeypatch) -> tuple[list[tuple[str, int, str]], Counter]:
    """The findings (file, line, rule), and how many files each rule's flow was followed in."""
    followed: Counter = Counter()
    hits = taint.FileTaint.hits
    monkeypatch.setattr(taint.FileTaint, "hits", lambda self: followed.update([self.spec.name()]) or hits(self))
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 1 if bulk_scan else 10**9)
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=bulk_scan)
    monkeypatch.undo()
    return sorted((r.path.name, f.span.start_line, f.rule) for r in result.reports for f in r.findings), followed


def _spec_name(rule_id: str) -> str:
    return next(r.taint.name() for r in builtin_rules_for("python") if r.id == rule_id)


def test_a_rule_whose_sinks_no_handler_reaches_is_not_followed_after_a_bulk_scan(tmp_path, monkeypatch):
    _tree(tmp_path)
    found, followed = _check(tmp_path, True, monkeypatch)
    in_process, _ = _check(tmp_path, False, monkeypatch)
    assert found == in_process
    assert [(name, rule) for name, _, rule in found if rule in (SSRF, COMMAND)] == \
        [(f"case{n}.py", COMMAND) for n in range(5)] + [("case5.py", SSRF), ("remote.py", SSRF)]
    # the SSRF rule runs in every handler (its helper's module reads `.get(`): followed only in the one
    # calling fetch and in fetch's module
    assert followed[_spec_name(SSRF)] == 2
    assert followed[_spec_name(COMMAND)] == 5
