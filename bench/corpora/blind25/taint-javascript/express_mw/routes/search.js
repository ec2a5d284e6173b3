const express = require('express');
const { query, matchedData, validationResult } = require('express-validator');
const escapeHtml = require('escape-html');
const { highlight, searchArticles, searchArticlesSafe } = require('../lib/search');

const router = express.Router();

function captureSearch(req, res, next) {
  res.locals.search = { term: req.query.q || '', lang: req.query.lang };
  next();
}

router.get('/search', captureSearch, async (req, res) => {
  // expect: sql-injection
  const rows = await searchArticles({ ...res.locals.search });
  const items = rows.map((r) => `<li>${highlight(escapeHtml(r.title), escapeHtml(res.locals.search.term))}</li>`);
  res.send(`<ul>${items.join('')}</ul>`);
});

router.get('/search-safe', captureSearch, async (req, res) => {
  const rows = await searchArticlesSafe(res.locals.search);
  res.json(rows);
});

router.get('/search/heading', captureSearch, (req, res) => {
  const { term } = res.locals.search;
  // expect: xss
  res.send(`<h1>Results for ${term}</h1>`);
});

router.get('/articles/:id', query('v').optional().isInt(), (req, res) => {
  if (!validationResult(req).isEmpty()) return res.status(400).end();
  const { v } = matchedData(req);
  res.redirect(`/articles/${encodeURIComponent(req.params.id)}?v=${v || 1}`);
});

router.post('/articles/import', (req, res) => {
  const settings = Object.assign({}, req.body.settings);
  const target = {};
  Object.keys(settings).forEach((k) => {
    const [group, name] = k.split(':');
    target[group] = target[group] || {};
    // expect: prototype-pollution
    target[group][name] = settings[k];
  });
  res.json(target);
});

module.exports = router;
