const fs = require('fs');
const path = require('path');
const express = require('express');
const expat = require('node-expat');
const { Parser } = require('node-expat');

const app = express();
app.use(express.urlencoded({ extended: true, limit: '1mb' }));
app.use(express.json());

function collectItems(parser) {
  const items = [];
  let current = null;
  parser.on('startElement', (name) => { if (name === 'item') current = {}; });
  parser.on('text', (text) => { if (current) current.text = (current.text || '') + text; });
  parser.on('endElement', (name) => { if (name === 'item') { items.push(current); current = null; } });
  return items;
}

app.post('/feeds/import', function (req, res) {
  const parser = new expat.Parser('UTF-8');
  const items = collectItems(parser);
  // expect: xxe
  if (!parser.write(req.body.feed)) {
    return res.status(400).send(parser.getError());
  }
  res.json({ imported: items.length });
});

app.get('/feeds/preview', function (req, res) {
  const xml = req.query.doc;
  const p = new Parser();
  const items = collectItems(p);
  // expect: xxe
  p.parse(xml, true);
  res.json(items.slice(0, 10));
});

app.put('/feeds/:id', function handler(req, res) {
  const parser = new expat.Parser();
  const items = collectItems(parser);
  const document = `<?xml version="1.0"?>${req.body.payload}`;
  // expect: xxe
  parser.write(document);
  parser.end();
  res.json({ id: req.params.id, items: items.length });
});

app.post('/feeds/stream', function (req, res) {
  const parser = new expat.Parser('UTF-8');
  const items = collectItems(parser);
  // expect: xxe
  req.pipe(parser).on('close', () => res.json({ imported: items.length }));
});

app.get('/feeds/defaults', function (req, res) {
  const parser = new expat.Parser('UTF-8');
  const items = collectItems(parser);
  parser.write(fs.readFileSync(path.join(__dirname, 'defaults', 'feed.xml')));
  res.json(items);
});

app.post('/feeds/json', function (req, res) {
  const items = Array.isArray(req.body.items) ? req.body.items : [];
  res.json({ imported: items.length });
});

module.exports = app;
