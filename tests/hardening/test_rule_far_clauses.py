"""A handler of thousands of calls that also holds what a rule's far question looks for (`// DynamoDB`
in a comment, one `+=`) costs each built-in rule about its size: the question about the whole file
(or the enclosing function's whole body) is answered once a file (see far_clauses), not at each call
the rest of the rule lets through, in a text past 64 KB (a shorter one pays at most that size's square). CPU compared in process between two sizes, runs alternated, with
wide bounds."""

from __future__ import annotations

import time

import pytest

from postil.analyzers.checker import Checker
from postil.analyzers.rules.engine import RuleSet, run_rules
from postil.config import LoadedConfig, PostilConfig
from postil.core.deadline import Deadline
from tests.cpu_ratio import least_of_alternate_runs

pytestmark = pytest.mark.slow  # (seconds of CPU: over the fast tier's budget)

# rule -> (the keyword line at the top, the handler's first statement, its repeated call)
CASES = {
    "js/security/tainted-nosql": ("// DynamoDB\n", "", "  cache.get(key);\n"),
    "js/security/tainted-sql": ("// DynamoDB\n", "  const sql = 'SELECT 1';\n", "  db.query(sql);\n"),
    "js/security/sql-injection-string-building": ("", "  let sql = 'SELECT 1'; total += key;\n", "  db.query(sql);\n"),
}


def handler(rule_id: str, calls: int) -> str:
    """An Express handler reading the request, then ``calls`` times the case's call."""
    keyword, first, call = CASES[rule_id]
    return ("const express = require('express');\n" + keyword + "const app = express();\nconst cache = new Map();\n"
            "app.get('/a', (req, res) => {\n  const key = req.query.k;\n  let total = 0;\n" + first
            + call * calls + "  res.send('ok');\n});\n")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    return tmp_path_factory.mktemp("far")


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_a_handler_holding_the_keyword_costs_its_size_not_its_square(workspace, rule_id):
    checker = Checker(LoadedConfig(PostilConfig(), None, workspace))
    rule = next(r for r in checker.ruleset.for_language("javascript") if r.id == rule_id)

    def cpu(calls: int) -> float:
        text = handler(rule_id, calls)
        started = time.thread_time()
        run_rules(RuleSet.of([rule]), text, "javascript", str(workspace / "a.js"), "a.js", deadline=Deadline(900))
        return time.thread_time() - started

    # (both past the 64 KB where the questions are answered once a file: search._FAR_ONCE)
    small, large = least_of_alternate_runs(cpu, 4000, 16000, rounds=2)
    assert large < 9 * small + 0.05, (small, large)  # (4x the calls: a walk of the file at each is 16x)
