"""A function whose body is one path has its taint states from its event list (issue 31: most
handlers are; taint_one_path): its events applied in order, its plain bindings read once a file for
every rule, no walk of its statements; a function with several paths is walked as before. Counted
work, and the states compared with the walk's function by function (bench/event_list_equivalence.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.analyzers.rules import taint_flow, taint_one_path, taint_paths
from postil.analyzers.rules.engine import RuleSet
from postil.analyzers.rules.loader import builtin_rules
from postil.config import LoadedConfig, PostilConfig

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))

import event_list_equivalence  # noqa: E402

ONE_PATH = '''import os
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.route("/run")
def run():
    name = request.args.get("name", "")
    num = 106
    bar = "safe" if 7 * 18 + num < 200 else name
    os.system("ls " + bar)
    sqlite3.connect("db").execute("SELECT * FROM t WHERE n = '" + bar + "'")
    return "ok"
'''

BRANCHED = ONE_PATH.replace('    bar = "safe" if 7 * 18 + num < 200 else name\n',
                            '    bar = "safe"\n    if num < 200:\n        bar = name\n')

# shapes the event list covers and those it leaves to the walk, each with a flow
SHAPES = {
    "straight.py": "import os\nfrom flask import request\n\ndef view():\n    a = request.args['a']\n    b = a\n"
                   "    os.system(b)\n",
    "ternary.py": "import os\nfrom flask import request\n\ndef view():\n    a = request.args['a']\n"
                  "    b = 'x' if len(a) > 3 else a\n    os.system(b)\n    return b\n",
    "elements.py": "import os\nfrom flask import request\n\ndef view():\n    p = request.form.get('k', '')\n"
                   "    xs = []\n    xs.append('safe')\n    xs.append(p)\n    xs.pop(0)\n    b = xs[0]\n"
                   "    m = {'k': p, 'j': 'c'}\n    c = m['j'] if b else m['k']\n    os.system(b + c)\n    return c\n",
    "early.py": "import os\nfrom flask import request, abort\n\ndef view():\n    a = request.args['a']\n"
                "    return a if a else None\n    os.system(a)\n\ndef other():\n    a = request.args['a']\n"
                "    abort(400) if not a else None\n    os.system(a)\n",
    "branches.py": "import os\nfrom flask import request\n\ndef view():\n    a = request.args['a']\n"
                   "    if a.isdigit():\n        a = 'n'\n    for x in a:\n        b = x\n    with open('f') as f:\n"
                   "        c = a\n    os.system(c)\n\nif __name__ == '__main__':\n    view()\n",
    "fields.py": "import os\nfrom flask import request\n\nclass Holder:\n    def __init__(self, v):\n"
                 "        self.v = v\n\ndef view():\n    h = Holder(request.args['a'])\n    os.system(h.v)\n"
                 "    return h if h else None\n",
    "helper.py": "import os\nfrom flask import request\n\ndef clean(v):\n    return v if v.isalnum() else ''\n\n"
                 "def view():\n    a = clean(request.args['a'])\n    b = request.args['b']\n    os.system(a)\n"
                 "    os.system(b)\n    return a if a else b\n",
}


@pytest.fixture(scope="module")
def checker() -> Checker:
    rules, errors = builtin_rules()
    assert not errors
    checker = Checker(LoadedConfig(settings=PostilConfig(builtin_rules=False), path=None, root=Path("/srv")))
    checker.ruleset = RuleSet.of([r for r in rules if r.id in ("python/security/tainted-command", "python/security/tainted-sql")])
    return checker


def _counted(monkeypatch, owner, name: str) -> list[int]:
    """The calls of ``owner.name`` from now on, one 1 each."""
    calls, original = [], getattr(owner, name)
    monkeypatch.setattr(owner, name, lambda *args, **kwargs: calls.append(1) or original(*args, **kwargs))
    return calls


def _found(checker: Checker, text: str) -> list[tuple[str, int]]:
    return sorted((f.rule, f.sink_span.start_line) for f in checker.check_text(Path("/srv/app/views.py"), text))


def test_a_handler_of_one_path_is_not_walked_and_its_bindings_are_read_once_for_every_rule(checker, monkeypatch):
    walks = _counted(monkeypatch, taint_paths.PathWalk, "run")
    plain = _counted(monkeypatch, taint_one_path, "_plain")
    binds = _counted(monkeypatch, taint_flow, "bind")
    applied = _counted(monkeypatch, taint_flow.TaintFlow, "_apply")
    found = _found(checker, ONE_PATH)
    lines = ONE_PATH.splitlines()
    assert found == [("python/security/tainted-command", lines.index('    os.system("ls " + bar)')),
                     ("python/security/tainted-sql", next(i for i, line in enumerate(lines) if "execute(" in line))]
    assert len(walks) == 0  # (the handler's `if` is a conditional expression's: one path)
    assert len(plain) == 4  # the handler's three bindings and the module's `app`, not once more for the second rule
    assert len(binds) == 8 and len(applied) == 0  # each rule binds each name through taint_one_path.bind


def test_a_handler_with_a_branch_is_walked_and_finds_the_same(checker, monkeypatch):
    walks = _counted(monkeypatch, taint_paths.PathWalk, "run")
    plain = _counted(monkeypatch, taint_one_path, "_plain")
    applied = _counted(monkeypatch, taint_flow.TaintFlow, "_apply")
    found = _found(checker, BRANCHED)
    lines = BRANCHED.splitlines()
    assert found == [("python/security/tainted-command", lines.index('    os.system("ls " + bar)')),
                     ("python/security/tainted-sql", next(i for i, line in enumerate(lines) if "execute(" in line))]
    assert len(walks) >= 2  # each rule walks the handler's branches
    assert len(plain) == 5 and len(applied) == 0  # its walks bind names as the event list does, decided once a file


def test_the_event_list_and_the_walk_agree_on_every_function_of_each_shape(tmp_path, capsys):
    for name, text in SHAPES.items():
        (tmp_path / name).write_text(text)
    event_list_equivalence.counts.clear()
    assert event_list_equivalence.main(["--select=python/security/tainted-command", str(tmp_path)]) == 0
    counts = event_list_equivalence.counts
    assert counts["disagreements"] == 0 and counts["files whose findings differ"] == 0
    assert counts["scopes of one path"] > 0 and counts["plain bindings"] > 0
    assert counts["scopes walked (several paths)"] > 0  # (branches.py's function and its module code, early.py's)
    assert counts["findings"] >= 6
