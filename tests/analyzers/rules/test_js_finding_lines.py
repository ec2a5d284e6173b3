"""JavaScript findings land on the line a reviewer fixes: a hard-coded Passport secret where it is
written (not where the strategy reads it), vm2 code where a VMScript is compiled from it (not again where
the script runs), markup held in a variable where jQuery parses it (not where it is built), a Sequelize
host given by shorthand, a PDF footer built from a value (where the PDF is asked for), thenify and
serialize-javascript options made first (at each call given them, where the wrapper or the unescaped text is
made, not on the options object), markup parts joined from an array (where the array is written), a
TypeScript call with type arguments (as the call it names); and the safe look-alikes beside them stay quiet.

Each file marks the lines that must be reported with a trailing `// expect: <rule-id>` comment; every
other line must stay quiet for the watched rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.config import LoadedConfig, PostilConfig

WATCHED = {"js/security/passport-strategy-hardcoded-secret", "js/security/vm2-run-request-input",
           "js/security/vm2-sandbox-from-input", "js/security/jquery-dom-insert-unsanitized",
           "js/security/html-string-concatenation", "js/security/sequelize-connection-without-tls",
           "js/security/pdf-header-template-from-value", "js/security/bluebird-to-fast-properties",
           "js/security/thenify-multiargs", "js/security/jsx-style-from-parsed-text", "js/security/tainted-redirect",
           "js/security/serialize-javascript-unsafe"}

AUTH_JS = """\
const passport = require('passport');
const GitHubStrategy = require('passport-github2').Strategy;

const GITHUB_CLIENT_SECRET = 'c0ffee4b1d2e3f405162738495a6b7c8d9e0f1a2';  // expect: js/security/passport-strategy-hardcoded-secret
passport.use(new GitHubStrategy({
  clientID: process.env.GITHUB_CLIENT_ID,
  clientSecret: GITHUB_CLIENT_SECRET,
  callbackURL: '/auth/github/callback',
}, verify));
"""

HOOKS_JS = """\
const { VM, VMScript } = require('vm2');
const ROUNDING = new VMScript('Math.round(total * 100) / 100');

function compileHook(source) {
  const script = new VMScript(source, 'hook.js');  // expect: js/security/vm2-run-request-input
  return (ctx) => new VM({ timeout: 100, sandbox: ctx }).run(script);  // expect: js/security/vm2-sandbox-from-input
}

function rounded(total) {
  const vm = new VM({ timeout: 50, sandbox: { total } });
  return vm.run(ROUNDING);
}
"""

PANEL_JS = """\
(function ($) {
  function pin(notice) {
    var markup = '<div class="pinned">' + notice.body + '</div>';
    $(markup).prependTo('#board');  // expect: js/security/jquery-dom-insert-unsanitized
  }
  function label(user) {
    var selector = '#user-' + user.id;
    $(selector).addClass('active');
  }
})(jQuery);
"""

DB_JS = """\
const { Sequelize } = require('sequelize');
const bluebird = require('bluebird');
const util = require('bluebird/js/release/util');
const puppeteer = require('puppeteer');

function tenantDb({ host, name }) {
  return new Sequelize({ host, database: name, dialect: 'mysql' });  // expect: js/security/sequelize-connection-without-tls
}
const LIMITS = util.toFastProperties({ maxRows: 500, strict: true });

async function statement(page, account) {
  const footer = `<div>${account.legalName}</div>`;
  return page.pdf({ displayHeaderFooter: true, footerTemplate: footer });  // expect: js/security/pdf-header-template-from-value
}
"""

# options made first: reported at each call given them; options that turn the flag off stay quiet
PROMISES_JS = """\
const thenify = require('thenify');
const ROWS = { multiArgs: ['rows', 'fields'] };
const PLAIN = { multiArgs: false };
const query = thenify(pool.query.bind(pool), ROWS);  // expect: js/security/thenify-multiargs
const execute = thenify(pool.execute.bind(pool), ROWS);  // expect: js/security/thenify-multiargs
const write = thenify(fs.write, PLAIN);
const stat = thenify(fs.stat, { multiArgs: true });  // expect: js/security/thenify-multiargs
const read = thenify(fs.readFile);
"""

STATE_JS = """\
const serialize = require('serialize-javascript');
const INLINE = { space: 2, unsafe: true };
const FAST = { isJSON: true };
const inlineRoutes = (routes) => `<script>window.ROUTES = ${serialize(routes, INLINE)};</script>`;  // expect: js/security/serialize-javascript-unsafe
const inlineState = (state) => `<script>window.STATE = ${serialize(state, FAST)};</script>`;
"""

# markup parts joined from an array: reported once, where the array is written (not again for a `+` part)
ROWS_JS = """\
function commentRow(c) {
  return [  // expect: js/security/html-string-concatenation
    '<tr class="comment">',
    '<td class="who">' + c.author + '</td>',
    '<td>', c.text, '</td>',
    '</tr>',
  ].join('');
}
"""

# TypeScript's type arguments between a callee and its arguments: the typed call is the call it names
SIDEBAR_TSX = """\
import { useMemo } from 'react';
type Layout = { sidebar: React.CSSProperties };
export function Sidebar({ children }: { children: React.ReactNode }) {
  const prefs = useMemo<Layout>(() => JSON.parse(localStorage.getItem('layout') || '{}'), []);
  const fixed = useMemo<Layout>(() => computeLayout(), []);
  return (
    <nav style={prefs.sidebar}>  // expect: js/security/jsx-style-from-parsed-text
      <aside style={fixed.sidebar}>{children}</aside>
    </nav>
  );
}
"""

GO_TSX = """\
import { useLocation, useParams } from 'react-router-dom';
export function Go() {
  const { next } = useParams<{ next: string }>();
  const back = useLocation<{ from: string }>().state;
  if (next) window.location.href = next;  // expect: js/security/tainted-redirect
  if (back) window.location.assign(back.from);  // expect: js/security/tainted-redirect
  window.location.assign(BASE_URL);
  return null;
}
"""

FILES = {"Sidebar.tsx": SIDEBAR_TSX, "Go.tsx": GO_TSX, "rows.js": ROWS_JS, "auth.js": AUTH_JS, "hooks.js": HOOKS_JS, "panel.js": PANEL_JS, "db.js": DB_JS, "promises.js": PROMISES_JS,
         "state.js": STATE_JS}
EXPECT = re.compile(r"// expect: (\S+)$")


@pytest.fixture(scope="module")
def checker(tmp_path_factory) -> Checker:
    root = tmp_path_factory.mktemp("ws")
    (root / ".git").mkdir()
    return Checker(LoadedConfig(PostilConfig(), root / "pyproject.toml", root))


@pytest.mark.parametrize("name", FILES)
def test_js_findings_land_on_the_line_to_fix(checker, name):
    code = FILES[name]
    expected = sorted((number, m.group(1)) for number, line in enumerate(code.splitlines(), start=1)
                      if (m := EXPECT.search(line)))
    path = Path(checker.loaded.root) / name
    path.write_text(code)
    found = sorted((f.span.start_line + 1, f.rule) for f in checker.check_text(path, code) if f.rule in WATCHED)
    assert found == expected
