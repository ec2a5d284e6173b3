"""Pattern rules that share one traversal to learn which match nothing still report every
match: a node two rules match (ast-grep's `any` attributes it to the first only), a rule
that matches an unnamed node, and a rule whose regex constraint fails on a node another
rule matches."""

from __future__ import annotations

import yaml

from postil.analyzers.rules.engine import RuleSet, run_rules
from postil.analyzers.rules.loader import build_rule

RULES = """
id: demo/any-call
language: python
severity: warning
message: a call
rule: {pattern: '$F($$$)'}
constraints: {F: {regex: '^(eval|exec)$'}}
---
id: demo/eval-call
language: python
severity: warning
message: eval
rule: {pattern: 'eval($X)'}
---
id: demo/plus-token
language: python
severity: warning
message: plus
rule: {regex: '^\\+$'}
---
id: demo/never
language: python
severity: warning
message: never
rule: {pattern: 'nothing_here_at_all($X)'}
"""


def _rules():
    return [build_rule(doc, "test.yml") for doc in yaml.safe_load_all(RULES)]


def test_rules_sharing_a_traversal_report_every_match():
    text = "print(1)\neval(x)\ny = 1 + 2  # not nothing_here_at_all\n"
    found = {(f.rule, f.span.start_line) for f in run_rules(RuleSet.of(_rules()), text, "python", "a.py", "a.py")}
    assert found == {("demo/any-call", 1), ("demo/eval-call", 1), ("demo/plus-token", 2)}


def test_a_failed_constraint_does_not_hide_a_later_rule():
    text = "eval(x)  # nothing_here_at_all\n"  # `print` is attributed to demo/any-call first and fails its constraint
    rules = [r for r in _rules() if r.id != "demo/plus-token"]
    found = {f.rule for f in run_rules(RuleSet.of(rules), "print(1)\n" + text, "python", "a.py", "a.py")}
    assert found == {"demo/any-call", "demo/eval-call"}
    assert run_rules(RuleSet.of(rules), "print(1)\n", "python", "a.py", "a.py") == []
