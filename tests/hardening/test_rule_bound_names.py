"""A hostile (or generated) file of thousands of items a rule asks a whole-file or whole-function question
about, bound to the item's name, costs the rule about its size, not its size times its items: a koa-send
file of `helper(ctx, 1)` calls (`tainted-path` asked, at each, whether `helper` was declared from
koa-send), or thousands of module constants, local keys, config pairs and default parameters
(`jwt-hardcoded-secret` asked, at each, whether the file or function signs with that name): 4,000 items
took 23-34 s of CPU in one rule. CPU compared in process between two sizes, runs alternated, wide bounds;
the finding each file holds is still found."""

from __future__ import annotations

import hashlib
import time

import pytest

from postil.analyzers.checker import Checker
from postil.analyzers.rules.engine import RuleSet, run_rules
from postil.config import LoadedConfig, PostilConfig
from postil.core.deadline import Deadline
from tests.cpu_ratio import least_of_alternate_runs

pytestmark = pytest.mark.slow  # (seconds of CPU: over the fast tier's budget)

JWT = "const jwt = require('jsonwebtoken');\n"


def koa_helpers(n: int) -> str:
    return ("const Koa = require('koa');\nconst send = require('koa-send');\nconst app = new Koa();\n"
            "app.use(async (ctx) => {\n  const p = ctx.query.p;\n" + "  helper(ctx, 1);\n" * n
            + "  await send(ctx, p);\n});\n")


SHAPES = {  # rule, text of n items, the line (0-based) of its one finding
    "koa-helpers": ("js/security/tainted-path", koa_helpers, lambda n: n + 5),
    "jwt-constants": ("js/security/jwt-hardcoded-secret", lambda n: JWT + "".join(
        f"const KEY_{i} = 'value-number-{i}';\n" for i in range(n)) + "jwt.sign({a: 1}, KEY_0);\n", lambda n: 1),
    "jwt-locals": ("js/security/jwt-hardcoded-secret", lambda n: JWT + "function issue(claims) {\n"
                   "  const secret = 'orders-admin-signing';\n" + "".join(
                       f"  jwt.sign(claims, token{i});\n" for i in range(n)) + "  return jwt.sign(claims, secret);\n}\n",
                   lambda n: n + 3),
    "jwt-pairs": ("js/security/jwt-hardcoded-secret", lambda n: JWT + "const cfg = {\n" + "".join(
        f"  k{i}: 'value-number-{i}',\n" for i in range(n)) + "  secret: 'dev-secret-value'\n};\n"
                  "jwt.sign({a: 1}, cfg.secret);\n", lambda n: n + 2),
    "jwt-defaults": ("js/security/jwt-hardcoded-secret", lambda n: JWT + "function issue(claims, " + ", ".join(
        f"p{i} = 'value-number-{i}'" for i in range(n)) + ") {\n  return jwt.sign(claims, p0);\n}\n", lambda n: 1),
}


@pytest.fixture(scope="module")
def checker(tmp_path_factory):
    return Checker(LoadedConfig(PostilConfig(), None, tmp_path_factory.mktemp("bound")))


@pytest.mark.parametrize("shape", SHAPES)
def test_items_asked_about_by_name_cost_the_rule_its_size_not_its_square(checker, shape):
    rule_id, text_of, line_of = SHAPES[shape]
    rule = next(r for r in checker.ruleset.for_language("javascript") if r.id == rule_id)

    def cpu(n: int) -> float:
        text = text_of(n)
        started = time.thread_time()
        found = run_rules(RuleSet.of([rule]), text, "javascript", "/w/a.js", "a.js", deadline=Deadline(900))
        spent = time.thread_time() - started
        assert [f.span.start_line for f in found] == [line_of(n)]
        return spent

    small, large = least_of_alternate_runs(cpu, 1000, 4000, rounds=2)
    assert large < 9 * small + 0.1, (small, large)  # (4x the items: a walk at each is 16x)



def test_a_file_of_thousands_of_distinct_long_names_leaves_the_rule_unnarrowed_not_failed(checker, tmp_path, caplog):
    """Narrowing by every name a file's calls hold (9,000 distinct 41-letter names) wrote a regex past what
    ast-grep compiles: the rule failed and was skipped. Past a bound the rule is searched as written."""
    def name(prefix: str, i: int) -> str:
        return prefix + hashlib.sha1(f"{prefix}{i}".encode()).hexdigest()

    text = "".join(f"function {name('f', i)}(a) {{ return {name('g', i)}(a, {name('h', i)}(a)); }}\n" for i in range(3000))
    text += "function callApi(api, methodName, args) {\n  const fn = api[methodName];\n  return fn(args);\n}\n"
    found = checker.check_text(tmp_path / "api.js", text)
    assert [f.span.start_line for f in found if f.rule == "js/security/message-picks-method"] == [3001]
    assert "failed and was skipped" not in caplog.text
