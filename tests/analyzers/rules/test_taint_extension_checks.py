"""A check of a name's extension alone (`if (!EDITABLE.has(extname(requested))) throw ...`) fixes its last
characters, not the directories before them: the name stays the request's past it (issue 31: blind168's Nuxt
Studio content `PUT`, `../../x.md` passes the check). A check of the whole name still clears it, and so does
the same `if` where it reads the name outside the extension too. Python's `os.path.splitext` alike."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.analyzers.rules.test_javascript_framework_rules import checker  # noqa: F401 (a fixture)

EXPECT = re.compile(r"(?://|#) expect: (\S+)$")

WATCHED = {"js/security/tainted-path", "python/security/tainted-path"}

ROUTES = """\
const fs = require('fs');
const path = require('path');

const EDITABLE = new Set(['.md', '.yml']);
const NAME = /^[a-z0-9-]+\\.md$/;

app.put('/content/:name', (req, res) => {
  const requested = req.params.name;
  if (!EDITABLE.has(path.extname(requested))) return res.status(415).end();
  fs.writeFileSync(path.join('/srv/content', requested), req.body.text);  // expect: js/security/tainted-path
  res.end();
});

app.put('/notes/:name', (req, res) => {
  const requested = req.params.name;
  if (!EDITABLE.has(path.extname(requested)) || !NAME.test(requested)) return res.status(415).end();
  fs.writeFileSync(path.join('/srv/notes', requested), req.body.text);
  res.end();
});
"""

VIEWS = """\
import os
from flask import Flask, request, abort

app = Flask(__name__)
ALLOWED = {".md", ".yml"}


@app.post("/content/<name>")
def save(name):
    if os.path.splitext(name)[1] not in ALLOWED:
        abort(415)
    with open(os.path.join("/srv/content", name), "w") as out:  # expect: python/security/tainted-path
        out.write(request.get_data(as_text=True))
    return ""
"""


@pytest.mark.parametrize(("name", "code"), [("server/routes.js", ROUTES), ("app/views.py", VIEWS)])
def test_an_extension_check_leaves_the_name_as_it_came(checker, name, code):
    expected = [(n, m.group(1)) for n, line in enumerate(code.splitlines(), start=1) if (m := EXPECT.search(line))]
    path = Path(checker.loaded.root) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(code)
    found = sorted((f.sink_span.start_line + 1, f.rule) for f in checker.check_text(path, code) if f.rule in WATCHED)
    assert expected
    assert found == expected
