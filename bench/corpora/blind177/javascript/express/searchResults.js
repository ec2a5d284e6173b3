// Minimal server-rendered search page for the docs site (no template engine).
const express = require('express');
const escapeHtml = require('escape-html');
const { search } = require('./searchIndex');

const app = express();
app.use(express.urlencoded({ extended: false }));

function layout(title, body) {
  return '<!doctype html><html><head><meta charset="utf-8"><title>' + escapeHtml(title) + '</title></head><body>' + body + '</body></html>';
}

app.get('/search', function (req, res) {
  const q = String(req.query.q || '').slice(0, 200);
  const page = Math.max(parseInt(req.query.page, 10) || 1, 1);
  const hits = search(q, page);
  const items = hits.map((h) => `<li><a href="/docs/${encodeURIComponent(h.slug)}">${escapeHtml(h.title)}</a></li>`).join('');
  const body = '<h1>Results for ' + escapeHtml(q) + '</h1><ol start="' + ((page - 1) * 10 + 1) + '">' + items + '</ol>';
  res.send(layout('Search', body));
});

app.get('/search/empty', function (req, res) {
  // expect: xss
  const body = '<h1>No results for ' + req.query.q + '</h1><p>Try fewer words.</p>';
  res.status(404).send(layout('No results', body));
});

app.post('/feedback', function (req, res) {
  const rating = parseInt(req.body.rating, 10);
  // expect: xss
  res.send(layout('Thanks', `<p>Thanks ${req.body.name}, you rated this page ${rating}/5.</p>`));
});

app.get('/search/count', function (req, res) {
  const count = search(String(req.query.q || ''), 1).length;
  res.send(`<span class="count">${Number(count)}</span>`);
});

module.exports = app;
