"""A JavaScript class's constructor argument kept in a field that another method passes to a sink,
the instance made in another module (MagicMirror's `new CalendarFetcher(url, ...)` keeping
`this.calendarUrl = url` for `startFetch`'s `fetch(this.calendarUrl)`): a route's `new
Fetcher(req.query.url)` reaches the sink, reported in the class's module, whether the class is
required by its default export or imported by name. Linked for Python's `Class(arg)` only before.
A constant handed to the constructor is no flow. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.analyzers.rules.checked_tree import taint_findings

FETCHER = """class Fetcher {
  constructor(url, interval) {
    this.url = url;
    this.interval = interval;
  }

  async start() {
    const response = await fetch(this.url, { timeout: this.interval });
    return response.text();
  }
}

EXPORT
"""

ROUTES = """const express = require('express');
IMPORT
const FEED_URL = 'https://feeds.example.com/calendar.ics';
const app = express();

app.get('/calendar', async (req, res) => {
  const fetcher = new Fetcher(ARGUMENT, 5000);
  await fetcher.start();
  res.sendStatus(204);
});
"""

SHAPES = {
    "default": ("module.exports = Fetcher;", "const Fetcher = require('./fetcher');"),
    "named": ("module.exports = { Fetcher };", "const { Fetcher } = require('./fetcher');"),
    "es-default": ("export default Fetcher;", "import Fetcher from './fetcher';"),
}


def _found(tmp_path: Path, shape: str, argument: str) -> list[str]:
    export, imported = SHAPES[shape]
    return taint_findings(tmp_path, {"lib/fetcher.js": FETCHER.replace("EXPORT", export),
                                     "lib/routes.js": ROUTES.replace("IMPORT", imported).replace("ARGUMENT", argument)},
                          select="js/security")


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_constructor_argument_kept_in_a_field_reaches_the_sink_of_another_module_s_method(tmp_path: Path, shape: str):
    assert _found(tmp_path, shape, "req.query.url") == ["lib/fetcher.js:8 tainted-ssrf"]


def test_a_constant_handed_to_the_constructor_is_no_flow(tmp_path: Path):
    assert _found(tmp_path, "default", "FEED_URL") == []
