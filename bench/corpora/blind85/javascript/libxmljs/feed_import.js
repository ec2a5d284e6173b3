const express = require('express');
const libxmljs = require('libxmljs');
const { saveItems } = require('./feed_store');

const app = express();
app.use(express.text({ type: ['application/xml', 'text/xml'], limit: '2mb' }));

app.post('/feeds/import', function importFeed(req, res) {
  // expect: xxe
  const doc = libxmljs.parseXmlString(req.body, { noent: true, noblanks: true });
  const items = doc.find('//item').map((n) => ({ title: n.get('title').text() }));
  saveItems(items);
  res.json({ imported: items.length });
});

app.post('/feeds/preview', function previewFeed(req, res) {
  const xml = req.body.toString();
  // expect: xxe
  const doc = libxmljs.parseXml(xml, { noent: true });
  res.json({ root: doc.root().name() });
});

app.put('/feeds/:id/config', function (req, res) {
  const raw = req.query.inline;
  // expect: xxe
  const cfg = libxmljs.parseXmlString(raw, {
    noent: true,
    dtdload: true,
  });
  res.json({ feed: req.params.id, version: cfg.root().attr('version').value() });
});

app.post('/feeds/validate', function validateFeed(req, res) {
  const doc = libxmljs.parseXmlString(req.body, { noent: false, nonet: true });
  res.json({ ok: doc.errors.length === 0 });
});

app.post('/feeds/lint', function lintFeed(req, res) {
  const doc = libxmljs.parseXml(req.body);
  res.json({ children: doc.root().childNodes().length });
});

module.exports = app;
