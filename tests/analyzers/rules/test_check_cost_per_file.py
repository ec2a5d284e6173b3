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


def _searched(monkeypatch) -> list[dict]:
    """The configs the taint rules' file facts search from now on."""
    from postil.analyzers.rules.taint_facts import FileFacts

    searched: list[dict] = []
    original = FileFacts.find

    def find(self, config):
        searched.append(config)
        return original(self, config)

    monkeypatch.setattr(FileFacts, "find", find)
    return searched


def _parameter_functions(ruleset: RuleSet) -> list[int]:
    """The ids of the configs of the functions whose parameters the Python taint rules take as sources."""
    from postil.analyzers.rules.taint_grammar import GRAMMARS, grammar_configs

    g = GRAMMARS["python"]
    return [id(c) for r in ruleset.for_language("python") if r.taint is not None
            for c in taint_prefilter.function_configs(r.taint, g, grammar_configs(g).scopes) if c is not None]


def test_a_handler_without_parameters_is_not_searched_for_the_functions_taking_source_parameters(ruleset, monkeypatch):
    # a route's parameters come from the URL: its decorator's search (a regex ast-grep-py compiles
    # on each file, ~15% of checking a small handler) answers nothing for a handler that has none
    searched = _searched(monkeypatch)
    found = _check(ruleset, 5)
    assert ("python/security/tainted-command", 12) in found
    assert searched and not set(map(id, searched)) & set(_parameter_functions(ruleset))


def test_a_handler_with_parameters_still_takes_them_as_sources(ruleset, monkeypatch):
    searched = _searched(monkeypatch)
    text = HANDLER.format(name="case00006", n=6).replace("def case00006():", "def case00006(name):") \
        .replace('request.args.get("k6")', "name")
    found = sorted((f.rule, f.span.start_line) for f in run_rules(ruleset, text, "python", "case00006.py", "case00006.py"))
    assert ("python/security/tainted-command", 12) in found
    assert set(map(id, searched)) & set(_parameter_functions(ruleset))
