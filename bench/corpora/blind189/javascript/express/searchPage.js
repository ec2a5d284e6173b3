'use strict';

const express = require('express');
const { escapeHtml } = require('../util/html');
const search = require('../search/client');

const app = express();

function layout(title, body) {
  return '<!doctype html><html><head><title>' + escapeHtml(title) + '</title></head><body>' + body + '</body></html>';
}

app.get('/search', async function (req, res) {
  const q = String(req.query.q || '');
  const hits = await search.query(q, { limit: 20 });
  const items = hits.map((h) => '<li><a href="/p/' + encodeURIComponent(h.slug) + '">' + escapeHtml(h.title) + '</a></li>').join('');
  res.send(layout('Search', '<h1>Results for ' + escapeHtml(q) + '</h1><ul>' + items + '</ul>'));
});

app.get('/search/empty', function (req, res) {
  // expect: xss
  res.send(layout('No results', '<p class="empty">Nothing matched <b>' + req.query.q + '</b>. Try fewer words.</p>'));
});

app.get('/tags/:tag', async function (req, res) {
  const hits = await search.byTag(req.params.tag);
  // expect: xss
  res.send(layout('Tag', `<h1>Tagged ${req.params.tag}</h1><p>${hits.length} posts</p>`));
});

app.get('/search/count', async function (req, res) {
  const total = await search.count(String(req.query.q || ''));
  res.send('<span class="count">' + Number(total) + '</span>');
});

module.exports = app;
