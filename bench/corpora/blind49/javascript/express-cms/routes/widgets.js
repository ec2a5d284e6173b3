const express = require('express');
const settings = require('../lib/settings');

const router = express.Router();
const registry = new Map();

router.post('/:id/settings', (req, res) => {
  const parsed = req.is('application/json') ? settings.parse(JSON.stringify(req.body)) : settings.parseLegacy(req.body.settings);
  registry.set(req.params.id, parsed);
  res.json(parsed);
});

router.post('/:id/settings-v2', (req, res) => {
  const parsed = settings.parse(String(req.body.settings || '{}'));
  registry.set(req.params.id, parsed);
  res.json(parsed);
});

router.get('/:id/grid', (req, res) => {
  const cols = settings.pickColumns(req.query.columns);
  const cells = [];
  for (let i = 0; i < cols; i += 1) {
    cells.push(`<div class="cell cell-${i}"></div>`);
  }
  res.type('html').send(`<div class="grid" style="--cols:${cols}">${cells.join('')}</div>`);
});

router.get('/:id/title', (req, res) => {
  const opts = { label: req.query.label, fallback: 'Widget' };
  const title = opts.fallback;
  res.type('html').send(`<h3>${title}</h3>`);
});

router.get('/:id/label', (req, res) => {
  const opts = { label: req.query.label, fallback: 'Widget' };
  let html = '<h3>';
  html += opts.label;
  html += '</h3>';
  // expect: xss
  res.type('html').send(html);
});

module.exports = router;
