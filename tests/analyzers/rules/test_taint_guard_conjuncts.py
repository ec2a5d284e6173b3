"""An `if` that leaves when its condition holds checks, on the path past it, only what every operand
of its `&&` reads: `if (options.strict && !ID.test(id)) return` goes on with any `id` where `strict`
is unset, so the value stays the request's; `if (id && !ID.test(id))` and `if (!id || !ID.test(id))`
leave `id` checked or empty (issue 31: blind108's thumbnail route). Nor does a check that holds
for the value (`image.startsWith('/') && !image.startsWith('//')`, a same-site path): where it is
false, past the `if`, the value is any other (blind132's nuxt.com og image loader)."""

from __future__ import annotations

import pytest

from tests.analyzers.rules.test_javascript_framework_rules import checker, marked_and_found  # noqa: F401 (a fixture)

WATCHED = {"js/security/tainted-path", "js/security/tainted-ssrf"}

ROUTES = """\
const fs = require('fs');
const path = require('path');

const NAME = /^[a-z0-9-]{1,40}$/;
const HOSTS = new Set(['cdn.example.com']);
const SITE = 'https://example.com';

app.get('/avatars/:name', (req, res) => {
  if (req.app.locals.strictNames && !NAME.test(req.params.name)) return res.status(400).end();
  res.sendFile(path.join('/srv/avatars', req.params.name));  // expect: js/security/tainted-path
});

app.get('/banners/:name', (req, res) => {
  const { name } = req.params;
  if (name && !NAME.test(name)) return res.status(400).end();
  res.sendFile(path.join('/srv/banners', name || 'default.png'));
});

app.get('/mirror', async (req, res) => {
  const target = new URL(String(req.query.src));
  if (!target || !HOSTS.has(target.hostname)) return res.status(400).end();
  res.send(await (await fetch(target)).text());
});

app.get('/mirror-lax', async (req, res) => {
  const target = new URL(String(req.query.src));
  if (process.env.MIRROR_CHECK === 'on' && !HOSTS.has(target.hostname)) return res.status(400).end();
  res.send(await (await fetch(target)).text());  // expect: js/security/tainted-ssrf
});

app.get('/og', async (req, res) => {
  const image = String(req.query.image);
  if (image.startsWith('/') && !image.startsWith('//')) return res.send(await (await fetch(new URL(image, SITE))).text());
  res.send(await (await fetch(image)).text());  // expect: js/security/tainted-ssrf
});
"""


@pytest.mark.parametrize("name", ["server/routes.js"])
def test_a_check_under_another_conjunct_does_not_clear_the_value_past_the_if(checker, name):
    expected, found = marked_and_found(checker, name, ROUTES, WATCHED)
    assert expected
    assert found == expected
