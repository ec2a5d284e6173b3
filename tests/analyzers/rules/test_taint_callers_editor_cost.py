"""A check of one Python file in the editor (no bulk scan) asks which files near it import it
(issue 31: a helper's sink is reported in its own file where a view calls it with request
data), and that question costs a bounded amount of work under a root of thousands of files
that mention the module's name: an import is matched as an import, not as the letters of the
name (`get_db_session` is no import of `db`), each directory is listed once a check, and a
second check of the same text reads no file again. The work is counted, not timed
(a 3-line file under /tmp once took > 10 s of CPU: 1.3 M directory entries listed)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.analyzers.rules import taint_module_texts
from postil.config import LoadedConfig, PostilConfig

DB = '''import subprocess


def backup(target):
    return subprocess.run(f"pg_dump shop > {target}", shell=True)
'''

ROUTES = '''from flask import Flask, request

from app.db import backup

app = Flask(__name__)


@app.route("/backup")
def make_backup():
    return {"code": backup(request.args["to"]).returncode}
'''

VIEW = '''from flask import request

from app.models import get_db_session


def view_{n}():
    # the db session of this request (db: the shop's database)
    return get_db_session().get(request.args.get("id"))
'''


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "app").mkdir(parents=True)
    (root / "app" / "db.py").write_text(DB)
    (root / "app" / "routes.py").write_text(ROUTES)
    for d in range(40):  # 2,000 views that read a request and spell "db", none importing app/db.py
        views = root / "app" / f"views{d}"
        views.mkdir()
        for n in range(50):
            (views / f"v{n}.py").write_text(VIEW.format(n=n))
    return root


@pytest.fixture()
def work(monkeypatch, site: Path) -> dict[str, list]:
    """The directories under the site listed, and the files read for the taint rules' modules."""
    done: dict[str, list] = {"listed": [], "read": []}
    scandir, read = os.scandir, taint_module_texts._read_disk

    def listed(path):
        if str(path).startswith(str(site)):
            done["listed"].append(str(path))
        return scandir(path)

    def read_disk(path):
        done["read"].append(path)
        return read(path)

    monkeypatch.setattr(os, "scandir", listed)
    monkeypatch.setattr(taint_module_texts, "_read_disk", read_disk)
    return done


def sinks(checker: Checker, path: Path, text: str) -> set[tuple[int, str]]:
    return {(f.span.start_line + 1, f.rule) for f in checker.check_text(path, text, allow_fixes=False)
            if "/tainted-" in f.rule}


def test_a_helpers_check_under_thousands_of_files_naming_it_lists_each_directory_once(site, work):
    checker = Checker(LoadedConfig(PostilConfig(), None, site))
    db = site / "app" / "db.py"
    assert sinks(checker, db, DB) == {(5, "python/security/tainted-command")}  # the route hands it request data
    assert len(work["listed"]) == len(set(work["listed"])) <= 10  # app/, the site and the first views folders
    assert len(work["read"]) <= 300  # (NEAR_FILES: the files nearest it, each read once)
    first = sorted(work["listed"])
    work["listed"].clear()
    work["read"].clear()
    # the editor checks it again: nothing changed on disk, the same directories are listed once and no file is read again
    assert sinks(checker, db, DB) == {(5, "python/security/tainted-command")}
    assert sorted(work["listed"]) == first and work["read"] == []


def test_a_module_whose_functions_take_no_argument_does_not_ask_who_calls_it(site, work):
    # (nothing a caller passes can reach its sink: `get_db()`, which every view of a tree calls)
    checker = Checker(LoadedConfig(PostilConfig(), None, site))
    text = 'import os\nimport sqlite3\n\n\ndef get_db():\n    return sqlite3.connect(os.environ["SHOP_DB"])\n'
    assert sinks(checker, site / "app" / "db.py", text) == set()
    assert work == {"listed": [], "read": []}
