"""Rules that look up a local or a guard in the functions around a match, and the SQL text built
away from a query call, cost about the nesting once, not its square or cube: a local searched in
every enclosing function of a match nested in 64 callbacks was 60-100x the CPU of 16
(browser-goto-caller-url, html-fragment-from-string), a spliced name looked up as a query builder's
clause 48x at 4x the depth (sql-injection-string-building); markup mapped and joined into a local was
172x (html-string-concatenation asked each use of the name in every enclosing function about its
parent, which tree-sitter finds by walking down from the root: 64 levels 33 s); SQL text nested in
its own templates was judged again at every level (400 levels: 7.4 s). Times are CPU seconds of the
checking thread, compared between depths of the same rule and shape, runs alternated (the
deep-nesting check's)."""

from __future__ import annotations

import time

import pytest

from postil.analyzers.rules.engine import RuleSet, run_rules
from postil.core.deadline import Deadline
from tests.cpu_ratio import least_of_alternate_runs
from tests.hardening.test_rule_nesting import NestedRuns, nested

pytestmark = pytest.mark.slow

# each rule's looked-up locals and guards, at every level of nested arrows
CASES = {
    "js/security/browser-evaluate-built-code": (
        "const puppeteer = require('puppeteer');\nconst customer = escapeHtml(name);\n"
        "page.setContent(`<p>${customer}</p><p>${other}</p>`);\n"
        "const globals = `window.__AUDIT__ = { id: \"${job.id}\" }`;\npage.addInitScript(globals);\n"),
    "js/security/browser-goto-caller-url": (
        "const puppeteer = require('puppeteer');\nconst link = message.links[0];\npage.goto(link.href);\n"
        "const target = payload.previewUrl;\npage.goto(target);\n"),
    "js/security/html-fragment-from-string": (
        "const html = '<option value=\"' + escapeHtml(value) + '\">';\nrange.createContextualFragment(html);\n"
        "const raw = '<b>' + name + '</b>';\nrange.createContextualFragment(raw);\n"),
    "js/security/html-string-concatenation": (
        "async function renderNotifications(container) {\n  const items = await fetchJSON('/api/notifications');\n"
        "  const markup = items.map((n) => '<li class=\"note\">' + n.message + '</li>').join('');\n"
        "  send(markup);\n}\n"),
}
# SQL text nested in itself: (opening, closing) of one level around a value
SQL_LEVELS = {
    "templates": ("`SELECT id FROM t WHERE a = '${", "}' AND b = ${v}`"),
    "template-calls": ("`SELECT id FROM t WHERE a = ${f(", ")} AND b = ${v}`"),
    "chains": ("'SELECT id FROM t WHERE a = ' + v + (", ")"),
    "chain-calls": ("'SELECT id FROM t WHERE a = ' + v + f(", ")"),
}
SQL_RULE = "js/security/sql-injection-string-building"


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    return NestedRuns(tmp_path_factory.mktemp("nesting"))


def _rule(runs, rule_id):
    return next(r for r in runs.checker.ruleset.for_language("javascript") if r.id == rule_id)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_a_local_is_looked_up_in_a_bounded_number_of_functions_around_it(runs, rule_id):
    rule = _rule(runs, rule_id)

    def cpu(depth: int) -> float:
        text = nested("javascript", "arrows", CASES[rule_id], depth)
        started = time.thread_time()
        run_rules(RuleSet.of([rule]), text, "javascript", str(runs.workspace / "a.js"), "a.js", deadline=Deadline(900))
        return time.thread_time() - started

    small, large = least_of_alternate_runs(cpu, 16, 64, rounds=2)
    assert large / max(small, 1e-3) < 32, (small, large)  # cubic is 64x; it was 60-100x


@pytest.mark.parametrize("shape", sorted(SQL_LEVELS))
def test_sql_text_nested_in_itself_is_judged_once(runs, shape):
    rule = _rule(runs, SQL_RULE)
    opening, closing = SQL_LEVELS[shape]

    def text(depth: int) -> str:
        return "function g(v, c) {\n  return runSql(" + opening * depth + "v" + closing * depth + ");\n}\n"

    assert len(run_rules(RuleSet.of([rule]), text(20), "javascript", str(runs.workspace / "a.js"), "a.js",
                         deadline=Deadline(900))) == 1  # the outermost text, once

    def cpu(depth: int) -> float:
        started = time.thread_time()
        run_rules(RuleSet.of([rule]), text(depth), "javascript", str(runs.workspace / "a.js"), "a.js", deadline=Deadline(900))
        return time.thread_time() - started

    small, large = least_of_alternate_runs(cpu, 100, 400, rounds=2)
    assert large / max(small, 1e-3) < 10, (small, large)  # quadratic is 16x


def test_a_spliced_name_is_looked_up_as_a_builders_clause_in_a_bounded_number_of_functions(runs):
    rule = _rule(runs, SQL_RULE)
    case = "function testsFor(db, value, kind) {\n  return db.query(`SELECT tests FROM test WHERE tests = '${value}' AND kind = '${kind}'`);\n}\n"

    def cpu(depth: int) -> float:
        text = nested("javascript", "arrows", case, depth)
        started = time.thread_time()
        assert len(run_rules(RuleSet.of([rule]), text, "javascript", str(runs.workspace / "a.js"), "a.js",
                             deadline=Deadline(900))) == depth
        return time.thread_time() - started

    small, large = least_of_alternate_runs(cpu, 32, 128, rounds=2)
    assert large / max(small, 1e-3) < 24, (small, large)  # every enclosing function searched whole: 48x; now ~10x
