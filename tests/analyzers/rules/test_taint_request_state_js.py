"""Request state a middleware or hook of another module fills from the request is request data
where a route of the project reads it (issue 31): an Express middleware's `req.tenant` and
`res.locals.region`, a Koa middleware's `ctx.state.filters` taken apart in a route, a Fastify
`preHandler` hook's `request.delivery`, a Koa middleware's `ctx.state.region` an Egg controller reads
through `this.ctx` (or `const { ctx } = this`), SvelteKit's `event.locals.workspace` its `src/hooks.server.js` fills
from `?ws=` (read by a route however deep under `src/routes/`, as `locals.workspace` or `event.locals.locale`), a
Nuxt server middleware's `event.context.tenant`; a SvelteKit route handing `locals.workspace` to a module of
`$lib` (SvelteKit's alias of `src/lib`), whose sink is the finding. A field the hook fills with something safe (a parsed
number, a constant) stays clean. Checked in the editor (one file) and through the CLI (a bulk
scan of the tree)."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.config import load_config
from tests.analyzers.rules.labelled_projects import copied_project, expected, reported_alone

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "taint_request_state"
FILES = sorted(p.relative_to(FIXTURES) for p in FIXTURES.rglob("*.js"))


@pytest.fixture
def project(tmp_path) -> Path:
    return copied_project(FIXTURES, tmp_path)


@pytest.mark.parametrize("name", FILES, ids=str)
def test_state_a_middleware_of_another_module_fills_is_request_data_where_it_is_read(project, name):
    path = project / name
    checker = Checker(load_config(path))
    found = {f.span.end_line + 1 for f in checker.check_text(path, path.read_text()) if "/tainted-" in f.rule}
    assert found == expected(path) | reported_alone(path)  # (a call of another module's sink, that module unchecked)


def test_a_bulk_check_of_the_tree_reports_the_same_sinks_and_names_the_middleware(project, postil):
    result = postil("check", ".", "--format", "json", "--exit-zero", cwd=project)
    tainted = [f for f in result.json["findings"] if "/tainted-" in f["rule"]]
    assert {(f["path"], f["end_line"]) for f in tainted} == {
        (str(name), line) for name in FILES for line in expected(project / name)}
    by_file = {f["path"]: f["message"] for f in tainted}
    assert "stored by express/middleware/tenant.js, read" in by_file["express/routes/reports.js"]
    assert "stored by fastify/plugins/delivery.js, read" in by_file["fastify/routes/hooks.js"]


def test_a_middleware_that_stops_filling_the_field_from_the_request_quiets_the_route(project):
    """The route's finding follows the middleware's text: once it stores a constant, nothing is reported."""
    route = project / "koa/routes/tickets.js"
    middleware = project / "koa/middleware/filters.js"
    checker = Checker(load_config(route))

    def sinks() -> set[int]:
        return {f.span.end_line + 1 for f in checker.check_text(route, route.read_text()) if "/tainted-" in f.rule}

    assert sinks() == expected(route)
    middleware.write_text(middleware.read_text().replace("{ ...ctx.query }", "{ team: 'support' }"))
    assert sinks() == set()


def test_a_sveltekit_hook_reached_through_a_link_is_not_read(project, tmp_path):
    """A repository's `src/hooks.server.js` linked to a file out of the project is not followed (as
    no near file through a link is): the route's `locals.workspace` is not known to be request data."""
    route = project / "sveltekit/src/routes/reports/+page.server.js"
    hook = project / "sveltekit/src/hooks.server.js"
    outside = tmp_path / "elsewhere" / "hooks.server.js"
    outside.parent.mkdir()
    outside.write_text(hook.read_text())
    checker = Checker(load_config(route))
    assert {f.span.end_line + 1 for f in checker.check_text(route, route.read_text()) if "/tainted-" in f.rule} == expected(route)
    hook.unlink()
    hook.symlink_to(outside)
    assert not [f for f in Checker(load_config(route)).check_text(route, route.read_text()) if "/tainted-" in f.rule]
