"""Request data followed through JavaScript/TypeScript apps as they are written (issue 31): each file
marks the lines that must be reported with a trailing `// expect: <rule-id>` comment; every other line
must stay quiet for the watched rules (the taint rules, and the pattern rules they supersede where
they judged the data clean)."""

from __future__ import annotations

import pytest

from tests.analyzers.rules.test_javascript_framework_rules import checker, marked_and_found  # noqa: F401 (a fixture)

WATCHED = {"js/security/tainted-sql", "js/security/tainted-xss", "js/security/sql-injection-string-building",
           "js/security/html-string-concatenation", "js/security/tainted-redirect", "js/security/tainted-ssrf",
           "js/security/ssrf-request-url", "js/security/tainted-command"}

# A Hono app in a `.ts` file (TypeScript's grammar has no JSX): `c.html` with a template string is
# a sink, the `html` tag escapes; a `switch` with a constant on every path leaves the ORDER BY clean.
HONO_TS = """\
import { Hono } from 'hono'
import { html } from 'hono/html'
import { Pool } from 'pg'

const pool = new Pool()
const app = new Hono()

app.get('/notes', async (c) => {
  let order: string
  switch (c.req.query('sort')) {
    case 'title':
      order = 'title ASC'
      break
    default:
      order = 'id ASC'
  }
  const { rows } = await pool.query(`SELECT id, title FROM notes ORDER BY ${order}`)
  return c.json(rows)
})

app.get('/notes/find', async (c) => {
  const { rows } = await pool.query(`SELECT id FROM notes WHERE title = '${c.req.query('q')}'`)  // expect: js/security/tainted-sql
  return c.json(rows)
})

app.get('/hello', (c) => {
  return c.html(`<h1>Hello ${c.req.query('name')}</h1>`)  // expect: js/security/tainted-xss
})

app.get('/hello-escaped', (c) => {
  const name = c.req.query('name') || 'guest'
  return c.html(html`<h1>Hello ${name}</h1>`)
})

export default app
"""

# SvelteKit form actions in plain JavaScript: every name the action's parameter destructures is bound
# (`url` after `request`), and a default written on one path keeps the request's value on the other.
ACTIONS_JS = """\
import { fail, redirect } from '@sveltejs/kit';
import { authenticate } from '$lib/server/auth';

export const actions = {
  default: async ({ request, cookies, url }) => {
    const data = await request.formData();
    const user = await authenticate(data.get('email'), data.get('password'));
    if (!user) return fail(400, { incorrect: true });
    cookies.set('sid', user.session, { path: '/', httpOnly: true });
    let next = url.searchParams.get('redirectTo');
    if (!next) next = '/dashboard';
    redirect(303, next);  // expect: js/security/tainted-redirect
  },
  sso: async ({ request, url }) => {
    const data = await request.formData();
    const target = data.get('provider') === 'google' ? 'https://accounts.google.com/o/oauth2/v2/auth' : '/login';
    redirect(303, target);
  },
};
"""

# A Nuxt server route (h3's request helpers auto-imported): `await readBody<T>(event)` parses in TypeScript
# as a call of `await readBody`; its body spread into an object still holds the client's URL.
NUXT_TS = """\
import axios from 'axios'

type HookTest = { target?: string; payload?: Record<string, unknown> }

export default defineEventHandler(async (event) => {
  const body = await readBody<HookTest>(event)
  const hook = { ...body, sentAt: new Date().toISOString() }
  const res = await axios.post(hook.target ?? '', hook.payload ?? {}, { timeout: 5000 })  // expect: js/security/tainted-ssrf
  const fixed = await axios.post('https://hooks.example.com/ping', { sentAt: hook.sentAt })
  return { status: res.status, ping: fixed.status }
})
"""

# An AngularJS controller: the URL's search term is markup nowhere once `$sanitize` (ngSanitize's
# whitelist sanitizer, an injected service named with a `$`) has cleaned it.
ANGULAR_JS = """\
angular.module('search').controller('ResultsCtrl', ['$location', '$sanitize', function ($location, $sanitize) {
  angular.element(document.getElementById('results-title')).html('Results for ' + $location.search().q);  // expect: js/security/tainted-xss
  angular.element(document.getElementById('results-note')).html($sanitize($location.search().q));
}]);
"""

# A Lambda behind API Gateway: a query parameter named `size` is the client's text (a `.size` is a
# number only on a Map, a Set or a Blob), the Map's own `.size` is a count.
LAMBDA_JS = """\
const { execSync } = require('child_process');

exports.handler = async (event) => {
  const size = event.queryStringParameters.size;
  execSync(`convert /tmp/in.png -resize ${size} /tmp/out.png`);  // expect: js/security/tainted-command
  const seen = new Map(Object.entries(event.queryStringParameters));
  execSync(`echo ${seen.size} > /tmp/count`);
  return { statusCode: 204 };
};
"""

FILES = {"src/routes/notes.ts": HONO_TS, "src/routes/login/+page.server.js": ACTIONS_JS,
         "server/api/webhook-test.post.ts": NUXT_TS, "public/js/results.js": ANGULAR_JS,
         "lambda/thumbnail.js": LAMBDA_JS}


@pytest.mark.parametrize("name", FILES)
def test_request_data_in_js_apps_is_reported_at_its_sinks_only(checker, name):
    expected, found = marked_and_found(checker, name, FILES[name], WATCHED)
    assert expected
    assert found == expected


def _kinds(tree) -> set[str]:
    if isinstance(tree, dict):
        own = {tree["kind"]} if isinstance(tree.get("kind"), str) else set()
        return own.union(*(_kinds(v) for v in tree.values()))
    if isinstance(tree, list):
        return set().union(*(_kinds(v) for v in tree))
    return set()


def test_js_taint_configs_name_only_kinds_every_js_grammar_knows():
    # a `.ts` file is parsed without JSX, a `.js` file without TypeScript's nodes: a config naming a
    # kind its grammar lacks fails the whole rule there (and the pattern rules it supersedes report alone)
    from ast_grep_py import SgRoot

    from postil.analyzers.rules.loader import BUILTIN_PACKS
    from postil.analyzers.rules.rule_yaml import load_yaml_documents

    kinds = _kinds([load_yaml_documents(path)[0] for path in BUILTIN_PACKS.glob("javascript*-taint.yml")])
    assert "call_expression" in kinds
    unknown = {}
    for language in ("javascript", "typescript", "tsx"):
        root = SgRoot("x", language).root()
        for kind in sorted(kinds):
            try:
                root.find_all(kind=kind)
            except BaseException as exc:  # pyo3 panics are BaseException subclasses
                if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                    raise
                unknown.setdefault(language, []).append(kind)
    assert unknown == {}
