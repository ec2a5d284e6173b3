"""A taint rule follows a function's statements only as far as its last sink (issue 31 item 9:
a handler's `result = sink(...)` after the sink was the largest expression it evaluated), unless
a path comes back there: a loop around the sink or after it is followed whole, so a flow that
reaches the sink on a loop's next pass is still reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.analyzers.rules import taint_flow, taint_one_path
from postil.analyzers.rules.engine import RuleSet
from postil.analyzers.rules.loader import builtin_rules
from postil.config import LoadedConfig, PostilConfig

HANDLER = '''import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/list")
def listing():
    name = request.args.get("name", "")
    result = os.system("ls " + name)
    shown = str(result) + name.upper()
    kept = {{"name": name, "shown": shown}}
{after}    return str(kept)
'''

BACK_EDGE = '''import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/retry")
def retry():
    command = "ls"
    for attempt in range(3):
        os.system(command)
        command = request.args.get("command", "ls")
    return "ok"
'''


@pytest.fixture(scope="module")
def security_checker() -> Checker:
    rules, errors = builtin_rules()
    assert not errors
    checker = Checker(LoadedConfig(settings=PostilConfig(builtin_rules=False), path=None, root=Path("/srv")))
    checker.ruleset = RuleSet.of([r for r in rules if r.id == "python/security/tainted-command"])
    return checker


@pytest.fixture
def applied(monkeypatch) -> list[int]:
    """The offsets of the events the taint rules apply (bindings, mutating calls; a name's plain binding
    is taint_one_path.bind's)."""
    offsets: list[int] = []
    original, plain = taint_flow.TaintFlow._apply, taint_one_path.bind
    monkeypatch.setattr(taint_flow.TaintFlow, "_apply",
                        lambda self, event, state: offsets.append(event.position) or original(self, event, state))
    monkeypatch.setattr(taint_flow, "bind",
                        lambda flow, event, *rest: offsets.append(event.position) or plain(flow, event, *rest))
    return offsets


def test_the_statements_after_the_last_sink_are_not_followed(security_checker, applied):
    text = HANDLER.format(after="")
    found = security_checker.check_text(Path("/srv/app/views.py"), text)
    assert [f.sink_span.start_line for f in found] == [text.splitlines().index('    result = os.system("ls " + name)')]
    sink = text.index("os.system(")
    assert applied and max(applied) < sink


def test_a_loop_after_the_last_sink_has_the_function_followed_whole(security_checker, applied):
    text = HANDLER.format(after="    for part in name.split():\n        kept[part] = part\n")
    assert len(security_checker.check_text(Path("/srv/app/views.py"), text)) == 1
    assert max(applied) > text.index("kept = ")


def test_a_flow_that_reaches_the_sink_on_a_loops_next_pass_is_reported(security_checker, applied):
    found = security_checker.check_text(Path("/srv/app/views.py"), BACK_EDGE)
    assert [(f.rule, f.sink_span.start_line) for f in found] == [
        ("python/security/tainted-command", BACK_EDGE.splitlines().index("        os.system(command)"))]
    assert max(applied) > BACK_EDGE.index("os.system(")
