"""What checking one more file costs when it holds the same literals as one checked before
(issue 31, item 9: a tree of many small, alike handlers cost several times bandit's CPU,
most of it worked out again for every file). Counted work, not time: which rules a file's
literals allow, and which of the taint rules' matchers it may hold, are worked out once
for the files holding the same literals; the findings stay each file's own."""

from __future__ import annotations

import pytest

from postil.analyzers.rules import engine, taint_prefilter
from postil.analyzers.rules.engine import RuleSet, run_rules
from postil.analyzers.rules.loader import builtin_rules

HANDLER = '''import subprocess

from flask import Blueprint, request

bp = Blueprint("{name}", __name__)


@bp.route("/{name}")
def {name}():
    param = request.args.get("k{n}")
    if not param:
        param = ""
    result = subprocess.run(f"echo {{param}}", shell=True)
    return str(result)
'''


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    rules, errors = builtin_rules()
    assert not errors
    return RuleSet.of(rules)


def _check(ruleset: RuleSet, n: int) -> list[tuple[str, int]]:
    name = f"case{n:05d}"
    text = HANDLER.format(name=name, n=n)
    return sorted((f.rule, f.span.start_line) for f in run_rules(ruleset, text, "python", f"{name}.py", f"{name}.py"))


def _counted(monkeypatch, owner, name: str) -> list[int]:
    calls = [0]
    original = getattr(owner, name)

    def counting(*args, **kwargs):
        calls[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, counting)
    return calls


def test_an_alike_file_does_not_weigh_every_rule_s_literals_again(ruleset, monkeypatch):
    first = _check(ruleset, 1)
    calls = _counted(monkeypatch, engine, "requirement_met")
    again = _check(ruleset, 2)
    assert calls[0] == 0
    assert again == first and ("python/security/tainted-command", 12) in first  # the same flow, found in each


def test_an_alike_file_asks_the_taint_prefilter_only_of_what_it_searches(ruleset, monkeypatch):
    _check(ruleset, 3)
    calls = _counted(monkeypatch, taint_prefilter.LiteralPrefilter, "possible")
    found = _check(ruleset, 4)
    assert ("python/security/tainted-command", 12) in found
    # about one question per config searched (FileFacts.find: 154 here); the rules' many
    # alike matchers are not weighed again for each rule (526 questions before)
    assert calls[0] <= 200, calls[0]
