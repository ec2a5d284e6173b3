"""A server-rendered page whose state goes through serialize-javascript (issue 32): the package
escapes `<`, `>` and `/` unless told `unsafe: true`, so the one finding is that call; the page shell
the serialized text is joined into, and the response it is sent in, say nothing more."""

from __future__ import annotations

from tests.analyzers.rules.test_javascript_framework_rules import checker, marked_and_found  # noqa: F401 (a fixture)

WATCHED = {"js/security/serialize-javascript-unsafe", "js/security/html-string-concatenation",
           "js/security/script-tag-built-from-value", "js/security/tainted-xss"}

SHOP_PAGE = """\
const express = require('express');
const toJs = require('serialize-javascript');
const { renderToString } = require('react-dom/server');
const { fetchCatalog } = require('./catalog');

const app = express();

function documentShell(appHtml, bootJson, i18nJson) {
  const parts = [
    '<!DOCTYPE html><html lang="en"><head><title>Shop</title></head><body>',
    '<main id="app">' + appHtml + '</main>',
    '<script>window.__BOOT__ = ' + bootJson + ';</script>',
    '<script>window.__I18N__ = ' + i18nJson + ';</script>',
    '</body></html>',
  ];
  return parts.join('');
}

app.get('/c/:category', async (req, res) => {
  const catalog = await fetchCatalog(req.params.category, req.query.page);
  const appHtml = renderToString(catalog.view);
  const i18nJson = toJs({ lang: req.acceptsLanguages()[0] }, { isJSON: true });
  const bootJson = toJs({ items: catalog.items, query: req.query.q }, { unsafe: true });  // expect: js/security/serialize-javascript-unsafe
  res.send(documentShell(appHtml, bootJson, i18nJson));
});

module.exports = app;
"""


def test_serialized_state_is_reported_at_the_unsafe_call_only(checker):
    expected, found = marked_and_found(checker, "web/shopPage.js", SHOP_PAGE, WATCHED)
    assert found == expected
