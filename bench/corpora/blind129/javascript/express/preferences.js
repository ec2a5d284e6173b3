'use strict';

const express = require('express');
const nodeSerialize = require('node-serialize');
const serializeToJs = require('serialize-to-js');

const router = express.Router();
router.use(express.json());
router.use(express.text({ type: 'text/plain' }));

// The desktop client posts its saved layout as node-serialize output.
router.post('/layout', function saveLayout(req, res) {
  // expect: deserialization
  const layout = nodeSerialize.unserialize(req.body.layout);
  req.session.layout = { panels: layout.panels, theme: layout.theme };
  res.json({ ok: true });
});

router.get('/prefs/import', function importPrefs(req, res) {
  const raw = Buffer.from(req.headers['x-prefs'] || '', 'base64').toString('utf8');
  // expect: deserialization
  const prefs = nodeSerialize.unserialize(raw);
  res.json({ theme: prefs.theme, density: prefs.density });
});

router.post('/filters', function restoreFilters(req, res) {
  // expect: deserialization
  const filters = serializeToJs.deserialize(req.query.saved);
  res.json({ count: Object.keys(filters).length });
});

router.post('/layout/json', function saveJsonLayout(req, res) {
  const layout = JSON.parse(req.body.layout);
  req.session.layout = { panels: layout.panels, theme: layout.theme };
  res.json({ ok: true });
});

router.get('/layout/export', function exportLayout(req, res) {
  res.type('text/plain').send(nodeSerialize.serialize(req.session.layout || {}));
});

router.get('/defaults', function defaults(req, res) {
  const stored = nodeSerialize.unserialize('{"theme":"light","density":"comfortable"}');
  res.json(stored);
});

module.exports = router;
