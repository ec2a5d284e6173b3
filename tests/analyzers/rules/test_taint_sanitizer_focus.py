"""A taint sanitizer with `focus` cleans its focus metavariables' nodes, not its whole match (as a
sink with `focus` checks only those): `"%s: %d" % (name, count)` converts `count`, not `name`.
In process and from a bulk scan's records (their metavariables' ranges)."""

from __future__ import annotations

import pytest
import yaml

from postil.analyzers.rules import bulk
from postil.analyzers.rules.loader import build_rule
from postil.analyzers.rules.rule_model import Rule

from tests.analyzers.rules.test_taint import findings

RULE = """
id: demo/tainted-sql
language: python
message: SQL injection
taint:
  sources:
    - pattern: request.args
  sinks:
    - {pattern: '$C.execute($Q $$$)', focus: $Q}
  sanitizers:
    - {pattern: 'pair($A, $B)', focus: $A}
"""

CODE = """\
def first():
    cur.execute(pair(request.args["a"], "b"))


def second():
    cur.execute(pair("a", request.args["b"]))
"""


def rule() -> Rule:
    built = build_rule(yaml.safe_load(RULE), "demo.yml")
    assert isinstance(built, Rule) and built.taint is not None, built
    return built


def test_a_sanitizer_focus_cleans_only_its_metavariable(tmp_path):
    _, _, found = findings(tmp_path, CODE, [rule()])
    assert [(f.rule, f.span.start_line) for f in found] == [("demo/tainted-sql", 5)]  # (lines from 0)


def test_the_same_from_a_bulk_scans_records(tmp_path):
    if bulk.ast_grep_binary() is None:
        pytest.fail("ast-grep's CLI (ast-grep-cli) is part of postil's install")
    checker, path, _ = findings(tmp_path, CODE, [rule()])
    records = bulk.scan([rule()], [path])[path]
    found = checker.check_text(path, path.read_text(), bulk_records=records)
    assert [(f.rule, f.span.start_line) for f in found] == [("demo/tainted-sql", 5)]
