"""Code nested thousands deep (generated callbacks and lambdas) gets an answer from every taint
rule: the engine computes the states of the functions around a closure outermost first (each
begins with its enclosing one's), so no rule stops on Python's recursion limit and reports
nothing for the whole file, as five did on etherpad and NodeBB files (there through closures
writing each other's variables, now asked once each)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.analyzers.rules.engine import RuleSet
from postil.analyzers.rules.loader import builtin_rules
from postil.config import LoadedConfig, PostilConfig
from postil.core.deadline import Deadline

DEPTH = 2_000

pytestmark = pytest.mark.slow  # hardening: each file costs seconds of ast-grep's parent lookups


@pytest.fixture(scope="module")
def taint_checker() -> Checker:
    """The bundled taint rules alone (the pattern rules' cost on such nesting is another matter)."""
    rules, errors = builtin_rules()
    assert not errors
    checker = Checker(LoadedConfig(settings=PostilConfig(builtin_rules=False), path=None, root=Path("/srv")))
    checker.ruleset = RuleSet.of([r for r in rules if r.taint is not None])
    return checker


def _checked(checker: Checker, path: str, text: str, caplog) -> list[tuple[str, int]]:
    with caplog.at_level(logging.WARNING, logger="postil.analyzers.rules.engine"):
        found = checker.check_text(Path(path), text, deadline=Deadline(600))  # (the file's cost is not asked here)
    assert not [r.message for r in caplog.records if "failed and was skipped" in r.getMessage()]
    return [(f.rule, f.span.start_line) for f in found]


def test_a_flow_into_callbacks_nested_2000_deep_is_reported(taint_checker, caplog):
    text = ("const cp = require('child_process');\napp.get('/x', (req, res) => {\n  const q = req.query.q;\n"
            + "run(() => {\n" * DEPTH + "cp.exec('ls ' + q);\n" + "});\n" * DEPTH + "});\n")
    assert _checked(taint_checker, "/srv/app/routes.js", text, caplog) == [("js/security/tainted-command", DEPTH + 3)]


def test_a_flow_into_python_lambdas_nested_2000_deep_is_reported(taint_checker, caplog):
    """(Functions nested by indentation stop at tree-sitter's ~500 levels: see test_parse_limits.)"""
    text = ("import os\nfrom flask import request\n\ndef view():\n    q = request.args.get('q')\n    run = "
            + "lambda: (" * DEPTH + "os.system('ls ' + q)" + ")" * DEPTH + "\n    return run\n")
    assert _checked(taint_checker, "/srv/app/views.py", text, caplog) == [("python/security/tainted-command", 5)]
