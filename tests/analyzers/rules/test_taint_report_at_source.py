"""A taint rule may report a flow where its data is drawn (`report: source`): a predictable
random value is the problem, not the cookie it ends up in. The finding sits on the draw, names
the sink it reaches (as related information too), and stands once however many sinks it
reaches; the name-based pattern rule of the same weakness gives way to it on that line."""

from __future__ import annotations

import json
import textwrap

import pytest
import yaml

from postil.analyzers.rules.loader import build_rule
from postil.analyzers.rules.rule_model import Rule
from tests.analyzers.rules.test_taint import findings

RULE = """
id: demo/weak-random-cookie
language: python
message: Predictable random value in a cookie
taint:
  label: a random value
  report: source
  sources:
    - pattern: random.random()
  sinks:
    - {pattern: '$R.set_cookie($N, $V $$$)', focus: $V}
"""


def test_a_rule_reporting_at_the_source_reports_the_draw_once(tmp_path):
    built = build_rule(yaml.safe_load(RULE), "demo.yml")
    assert isinstance(built, Rule), built
    _, _, found = findings(tmp_path, """
    import random

    def remember(response):
        value = str(random.random())[2:]
        response.set_cookie("remember", value)
        response.set_cookie("device", value)
    """, [built])
    [finding] = found
    assert finding.span.start_line == 4  # 0-based: the draw, not the cookies
    assert "reaches `set_cookie` at line 6" in finding.message
    assert [(r.span.start_line, r.message) for r in finding.related] == [(5, "it reaches `set_cookie` here")]


@pytest.mark.parametrize("value", ["both", "", ["source"]])
def test_an_unknown_report_place_says_what_is_allowed(value):
    spec = yaml.safe_load(RULE)
    spec["taint"]["report"] = value
    assert "`taint.report` must be `sink` or `source`" in build_rule(spec, "demo.yml").problem


@pytest.mark.slow
def test_the_cli_reports_a_weak_random_cookie_once_at_the_draw(postil, tmp_path):
    (tmp_path / "app.py").write_text(textwrap.dedent("""\
        import random
        from flask import Flask, make_response, session

        app = Flask(__name__)

        @app.route("/remember")
        def remember():
            token = str(random.normalvariate(0.5, 0.1))[2:]
            session["remember"] = token
            response = make_response("ok")
            response.set_cookie("rememberMe", token, secure=True, httponly=True)
            return response
        """))
    out = postil("check", "app.py", "--format", "json", "--exit-zero", cwd=tmp_path)
    found = [(f["rule"], f["line"]) for f in json.loads(out.stdout)["findings"] if "random" in f["rule"]]
    assert found == [("python/security/weak-random-session-token", 8)]
