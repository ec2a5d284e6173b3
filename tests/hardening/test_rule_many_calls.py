"""A hostile (or generated) handler of thousands of ordinary calls, `cache.get(key)`, `fs.existsSync(file)`,
`helper(value)`, costs each built-in rule about its size, not its size times its calls. Rules that ask a call
for a declaration anywhere in its file or function (a DynamoDB client's, a query text built with `+=`, a
method picked by a request value) walked that file or function at every call their constraints would have
turned away, since ast-grep tries a rule's constraints after the rule: 4,000 calls took each of these rules
7-11 s of CPU in one `find_all`, which no per-file time limit stops. CPU compared in process between two
sizes, runs alternated, with wide bounds."""

from __future__ import annotations

import time

import pytest

from postil.analyzers.checker import Checker
from postil.analyzers.rules.engine import RuleSet, run_rules
from postil.config import LoadedConfig, PostilConfig
from postil.core.deadline import Deadline
from tests.cpu_ratio import least_of_alternate_runs

pytestmark = pytest.mark.slow  # (seconds of CPU: over the fast tier's budget)

RULES = ("js/security/tainted-sql", "js/security/tainted-nosql", "js/security/sql-injection-string-building",
         "js/security/method-chosen-by-request")
CALLS = ("  cache.get(key);\n", "  fs.existsSync(file);\n", "  helper(key);\n")


def handler(calls: int) -> str:
    """An Express handler reading the request, then ``calls`` ordinary calls."""
    return ("const express = require('express');\nconst fs = require('fs');\n"
            "const app = express();\nconst cache = new Map();\n"
            "app.get('/a', (req, res) => {\n  const key = req.query.k, file = req.query.f;\n"
            + "".join(CALLS[i % len(CALLS)] for i in range(calls)) + "  res.send('ok');\n});\n")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    return tmp_path_factory.mktemp("calls")


@pytest.mark.parametrize("rule_id", RULES)
def test_a_handler_of_many_calls_costs_its_size_not_its_square(workspace, rule_id):
    checker = Checker(LoadedConfig(PostilConfig(), None, workspace))
    rule = next(r for r in checker.ruleset.for_language("javascript") if r.id == rule_id)

    def cpu(calls: int) -> float:
        text = handler(calls)
        started = time.thread_time()
        run_rules(RuleSet.of([rule]), text, "javascript", str(workspace / "a.js"), "a.js", deadline=Deadline(900))
        return time.thread_time() - started

    small, large = least_of_alternate_runs(cpu, 300, 1200, rounds=2)
    assert large < 9 * small + 0.05, (small, large)  # (4x the calls: a walk of the file at each is 16x)


def koa_handler(calls: int) -> str:
    """A Koa app that serves files with koa-send, its handler making ``calls`` two-argument calls on the context."""
    return ("const Koa = require('koa');\nconst send = require('koa-send');\nconst cache = new Map();\n"
            "const app = new Koa();\napp.use(async (ctx) => {\n  const p = ctx.query.p;\n"
            + "  cache.set(ctx, 1);\n" * calls + "  await send(ctx, p);\n});\n")


def test_calls_on_the_context_cost_the_koa_send_sink_its_size_not_its_square(workspace):
    """`tainted-path`'s koa-send sink walked the file's declarations at every `cache.set(ctx, 1)` (1,000 ->
    4,000 calls: 1.8 -> 18.4 s of CPU); the send itself is still found."""
    checker = Checker(LoadedConfig(PostilConfig(), None, workspace))
    rule = next(r for r in checker.ruleset.for_language("javascript") if r.id == "js/security/tainted-path")

    def cpu(calls: int) -> float:
        text = koa_handler(calls)
        started = time.thread_time()
        found = run_rules(RuleSet.of([rule]), text, "javascript", str(workspace / "k.js"), "k.js", deadline=Deadline(900))
        assert [f.span.start_line for f in found] == [text.splitlines().index("  await send(ctx, p);")]  # (0-based)
        return time.thread_time() - started

    small, large = least_of_alternate_runs(cpu, 300, 1200, rounds=2)
    assert large < 9 * small + 0.05, (small, large)
