"""A taint rule's "clean" verdict silences the pattern rules it supersedes only where the
flow analysis followed every path to the sink (issue 31, item 2): a command built from
state another function writes with request data (Flask's `g`, a `global`) is reported by the
flow (once: the taint rule supersedes the pattern rule); the same state written with a
constant is followed and clean. (The branch-join idioms themselves are labelled
in tests/fixtures/taint/*/branch_joins.*.)"""

from __future__ import annotations

from pathlib import Path

import pytest

FLASK_G = '''import subprocess
from flask import Flask, g, request

app = Flask(__name__)


@app.before_request
def remember_archive():
    g.archive = {value}


@app.route("/archive")
def archive():
    subprocess.run(f"tar czf /srv/{{g.archive}}.tgz /srv/data", shell=True, check=True)
    return {{"ok": True}}
'''

GLOBAL = '''import subprocess
from flask import Flask, request

app = Flask(__name__)
archive_name = "nightly"


@app.before_request
def remember_archive():
    global archive_name
    archive_name = {value}


@app.route("/archive")
def archive():
    subprocess.run(f"tar czf /srv/{{archive_name}}.tgz /srv/data", shell=True, check=True)
    return {{"ok": True}}
'''


@pytest.mark.parametrize("template", [FLASK_G, GLOBAL], ids=["flask g", "global"])
def test_a_flow_through_state_another_function_fills_is_reported_by_the_flow(security_checker, template):
    text = template.format(value='request.args.get("name", "nightly")')
    sink = next(i for i, line in enumerate(text.splitlines()) if "subprocess.run" in line)
    found = security_checker.check_text(Path("/srv/app/views.py"), text)
    assert [(f.rule, f.span.start_line) for f in found] == [("python/security/tainted-command", sink)]
    assert "from line" in found[0].message  # where the other function read the request


@pytest.mark.parametrize("template", [FLASK_G, GLOBAL], ids=["flask g", "global"])
def test_the_same_state_filled_with_a_constant_is_clean(security_checker, template):
    text = template.format(value='"weekly"')
    assert security_checker.check_text(Path("/srv/app/views.py"), text) == []


def test_a_flow_under_statements_nested_past_the_stack_is_still_reported(security_checker):
    """300 nested `if`s (deeper than the path walk can recurse): the function is followed
    as one path in text order, so the flow is reported and the check goes on."""
    depth = 300
    text = ("app.get('/x', (req, res) => {\n  const q = req.query.q;\n" + "if (ready) {\n" * depth
            + "db.query('SELECT * FROM t WHERE name = ' + q);\n" + "}\n" * depth + "});\n")
    found = security_checker.check_text(Path("/srv/app/routes.js"), text)
    assert [(f.rule, f.span.start_line) for f in found] == [("js/security/tainted-sql", depth + 2)]
