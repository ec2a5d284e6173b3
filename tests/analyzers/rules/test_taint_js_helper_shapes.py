"""Shapes of JavaScript/TypeScript apps' helpers and checks (issue 31): a dotted-path writer walked with
TypeScript casts, a project's helper named like an `fs` function, a check function of the file named for
what it accepts, a regular expression built from request data in a helper module, and SVG text built from
markup pieces (the finding begins at the piece). Each file marks the lines that must be reported with a
trailing `// expect: <rule-id>` comment; every other line must stay quiet for the watched rules."""

from __future__ import annotations

import pytest

from tests.analyzers.rules.checked_tree import taint_findings
from tests.analyzers.rules.test_javascript_framework_rules import checker, marked_and_found  # noqa: F401 (a fixture)

WATCHED = {"js/security/prototype-pollution-key-path-write", "js/security/tainted-path", "js/security/tainted-redirect",
           "js/security/tainted-regex", "js/security/regexp-from-request", "js/security/tainted-xss",
           "js/security/tainted-session", "js/security/tainted-ssrf"}

SET_PATH_TS = """\
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.').filter((key) => key.length > 0);
  let node: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) {
      node[key] = {};
    }
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;  // expect: js/security/prototype-pollution-key-path-write
}
"""

STORAGE_TS = """\
import fs from 'fs/promises';
import path from 'path';

export const readFile = async (name: string): Promise<string> =>
  fs.readFile(path.join('/srv/recordings', `${name}.json`), 'utf8');  // expect: js/security/tainted-path
"""

ROUTES_TS = """\
import { Router } from 'express';
import { readFile } from '../lib/storage';

export const router = Router();

router.get('/recordings/:name', async (req, res) => {
  res.json(JSON.parse(await readFile(req.params.name)));
});
"""

USER_JS = """\
const localPath = (value) => typeof value === 'string' && value.startsWith('/') && !value.startsWith('//');

exports.getLogin = (req, res) => {
  if (req.query.invite) {
    req.session.invite = req.query.invite;  // expect: js/security/tainted-session
  }
  res.render('login');
};

exports.logout = (req, res) => {
  const back = localPath(req.query.back) ? req.query.back : '/';
  req.logout(() => res.redirect(back));
};

exports.preview = async (req, res) => {
  if (!validator.isURL(String(req.query.url))) return res.status(400).end();
  const { data } = await axios.get(String(req.query.url));  // expect: js/security/tainted-ssrf
  res.json({ size: data.length });
};
"""

SEARCH_JS = """\
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');

const filterNames = (names, pattern) => {
  if (pattern.startsWith('/') && pattern.endsWith('/')) {
    const re = new RegExp(pattern.slice(1, -1));  // expect: js/security/tainted-regex
    return names.filter((name) => re.test(name));
  }
  const words = pattern.split(',');
  const re = new RegExp(`(${words.map(escapeRegExp).join('|')})`, 'i');
  return names.filter((name) => re.test(name));
};

module.exports = { filterNames };
"""

SEARCH_ROUTE_JS = """\
const { filterNames } = require('../lib/search');

router.get('/names', (ctx) => {
  ctx.body = filterNames(NAMES, String(ctx.query.pattern || ''));
});
"""

OG_TS = """\
export async function GET({ url }) {
  const title = url.searchParams.get('title') ?? '';
  const lines = title.split(' ').map((word, i) => `<tspan x="80" dy="${i * 64}">${word}</tspan>`);  // expect: js/security/tainted-xss
  const svg = [
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">',
    `<text x="80" y="220">${lines.join('')}</text>`,
    '</svg>',
  ].join('');
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
}
"""


def test_a_projects_helper_named_like_fs_is_judged_in_its_module_not_at_the_call(tmp_path):
    files = {"src/lib/storage.ts": STORAGE_TS, "src/routes/storage.ts": ROUTES_TS}
    assert taint_findings(tmp_path, files, select="js/security") == ["src/lib/storage.ts:5 tainted-path"]


def test_a_regular_expression_from_request_data_in_a_helper_module(tmp_path):
    files = {"src/lib/search.js": SEARCH_JS, "src/routes/names.js": SEARCH_ROUTE_JS}
    assert taint_findings(tmp_path, files, select="js/security") == ["src/lib/search.js:5 tainted-regex"]


# a dotted path walked with TypeScript casts is a key-path write; a return address stored from the query stays
# a trust-boundary finding (earlier corpora label it), a local-path check guards, a URL-form check does not;
# SVG text built from markup pieces is reported from the piece
@pytest.mark.parametrize("name, text", [("src/common/set-path.ts", SET_PATH_TS), ("controllers/user.js", USER_JS),
                                        ("src/routes/og/+server.ts", OG_TS)], ids=["set-path", "user", "og"])
def test_marked_lines_are_reported_and_no_other(checker, name, text):
    expected, found = marked_and_found(checker, name, text, WATCHED)
    assert found == expected
