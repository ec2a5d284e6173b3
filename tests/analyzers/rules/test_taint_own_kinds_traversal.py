"""The taint engine's own node kinds in a handler after a bulk scan (issue 31, item 9: the cost
per handler): the functions, calls, assignments, conditions and `match` arms a flow needs are
found in one traversal of the file, whichever of them is asked first, not each in a search
ast-grep-py compiles for it (a `match` arm's search, and the calls and functions asked before
the sinks were found, were three more a handler). Real git repository, real ast-grep, the real scan."""

from __future__ import annotations

import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from ast_grep_py import SgRoot

from postil import scan
from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import bulk, engine
from postil.analyzers.rules.kinds_traversal import kinds_only

HELPER = "def get_param(req, name):\n    return req.args.get(name)\n"
HANDLER = '''import os

from flask import Blueprint, request

from helpers.params import get_param

bp = Blueprint("h{n}", __name__)


@bp.route("/case{n}")
def case{n}():
    param = {read}
    if not param:
        param = ""
    try:
        bar = str(int(param))
    except ValueError:
        bar = param
    os.system("ls " + bar)
    return "ok"
'''
READS = ['request.args.get("q")', 'get_param(request, "q")']


class _Counting:
    """A parsed file's root recording the rules ast-grep-py is asked to search it with."""

    def __init__(self, node, searched: list) -> None:
        self.node, self.searched = node, searched

    def find_all(self, config=None, **rule):
        self.searched.append(config if config is not None else {"rule": rule})
        return self.node.find_all(config, **rule) if config is not None else self.node.find_all(**rule)

    def __getattr__(self, name: str):
        return getattr(self.node, name)


@pytest.mark.slow
def test_a_handler_s_own_node_kinds_are_found_in_one_traversal(tmp_path, monkeypatch):
    if bulk.ast_grep_binary() is None:  # a bulk scan without it is not a bulk scan: fail, never skip
        raise AssertionError("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    root = tmp_path / "app"
    (root / "helpers").mkdir(parents=True)
    (root / "helpers" / "__init__.py").write_text("")
    (root / "helpers" / "params.py").write_text(HELPER)
    (root / "views").mkdir()
    for n, read in enumerate(READS):
        (root / "views" / f"case{n}.py").write_text(HANDLER.format(n=n, read=read))
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    searched: list[dict] = []
    monkeypatch.setattr(engine, "SgRoot", lambda text, language: SimpleNamespace(
        root=lambda: _Counting(SgRoot(text, language).root(), searched)))
    monkeypatch.setattr(scan, "_BULK_THRESHOLD", 1)
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(".")], CheckerCache(), jobs=1, bulk=True)
    found = sorted((r.path.name, f.message) for r in result.reports for f in r.findings
                   if f.rule == "python/security/tainted-command")
    assert found == [("case0.py", 'Command injection: request data from line 12 (`request.args.get("q")`) reaches `system` at line 19'),
                     ("case1.py", 'Command injection: request data from line 12 (`get_param(request, "q")`) reaches `system` at line 19')]
    kinds = [config for config in searched if kinds_only(config) is not None]
    assert len(kinds) == len(READS), kinds  # one traversal a handler for every kind the engine asks
