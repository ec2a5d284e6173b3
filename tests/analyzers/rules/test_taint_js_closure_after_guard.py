"""A closure made after its function checked a variable it assigned (`let target; target = new
URL(req.body.url); if (!ALLOWED_HOSTS.has(target.hostname)) return ...; withPage(async (page) =>
page.goto(target.href))`) begins with the checked state: the function's own earlier write is no
write of another function the closure may see first (it was reported, the check ignored). A write
made after the closure is, and one with no check still reaches it. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

HANDLERS = '''const express = require('express');
const ALLOWED_HOSTS = new Set(['sites.example.com']);
const app = express();

app.post('/checked', async (req, res) => {
  let target;
  try {
    target = new URL(req.body.url);
  } catch (err) {
    return res.status(400).end();
  }
  if (!ALLOWED_HOSTS.has(target.hostname)) {
    return res.status(400).end();
  }
  const png = await withPage(async (page) => page.goto(target.href));
  res.send(png);
});
'''

UNCHECKED = '''const express = require('express');
const app = express();

app.post('/unchecked', async (req, res) => {
  let target;
  target = new URL(req.body.url);
  res.send(await withPage(async (page) => page.goto(target.href)));
});
'''

LATER = '''const express = require('express');
const app = express();

app.post('/later', async (req, res) => {
  let target = 'about:blank';
  const open = (page) => page.goto(target);
  target = req.body.url;
  res.send(await withPage(open));
});
'''


def test_a_closure_made_after_the_check_sees_the_checked_value(tmp_path: Path):
    assert taint_findings(tmp_path, {"routes/screenshot.js": HANDLERS}, select="js/security/tainted-ssrf") == []


def test_an_unchecked_write_before_the_closure_still_reaches_it(tmp_path: Path):
    found = taint_findings(tmp_path, {"routes/screenshot.js": UNCHECKED}, select="js/security/tainted-ssrf")
    assert found == ["routes/screenshot.js:7 tainted-ssrf"], found


def test_a_write_after_the_closure_is_made_still_reaches_it(tmp_path: Path):
    found = taint_findings(tmp_path, {"routes/screenshot.js": LATER}, select="js/security/tainted-ssrf")
    assert found == ["routes/screenshot.js:6 tainted-ssrf"], found
