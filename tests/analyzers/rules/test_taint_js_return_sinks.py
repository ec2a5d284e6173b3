"""A JavaScript helper that builds a page or a path from its parameters and returns it, which a route hands to a
sink (`res.send(renderPage(opts))`, `res.download(exportPath(req.params.file))`): the flaw is reported at the
helper's return that builds the text, and at the route's sink as before. A helper that returns its parameter as it is
has no finding of its own; a check of the route alone warns at its sink only. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

PAGES = '''const path = require('path')

const EXPORTS = '/srv/exports'

function renderPage (options) {
  const heading = options.title
  return `<html><body><h1>${heading}</h1></body></html>`
}

function exportPath (file) {
  return path.join(EXPORTS, file)
}

function pick (value) {
  return value
}

module.exports = { renderPage, exportPath, pick }
'''

ROUTES = '''const express = require('express')
const { renderPage, exportPath, pick } = require('../lib/pages')

const router = express.Router()

router.get('/page', function (req, res) {
  const options = { title: req.query.title }
  res.send(renderPage(options))
})

router.get('/export/:file', function (req, res) {
  res.download(exportPath(req.params.file))
})

router.get('/echo', function (req, res) {
  res.send(pick(req.query.text))
})

module.exports = router
'''


def test_a_helper_s_built_return_is_reported_where_it_is_built(tmp_path: Path):
    found = taint_findings(tmp_path, {"lib/pages.js": PAGES, "routes/pages.js": ROUTES}, select="js/security")
    assert "lib/pages.js:7 tainted-xss" in found, found
    assert "lib/pages.js:11 tainted-path" in found, found
    assert "routes/pages.js:7 tainted-xss" in found, found
    assert "routes/pages.js:12 tainted-path" in found, found
    # (a value passed back as it is: the route's sink alone)
    assert "routes/pages.js:16 tainted-xss" in found, found
    assert "lib/pages.js:15 tainted-xss" not in found, found


def test_the_route_checked_alone_warns_at_its_sink(tmp_path: Path):
    found = taint_findings(tmp_path, {"lib/pages.js": PAGES, "routes/pages.js": ROUTES}, select="js/security",
                           only="routes/pages.js")
    assert "routes/pages.js:7 tainted-xss" in found, found
    assert not [f for f in found if f.startswith("lib/")], found
