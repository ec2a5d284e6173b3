'use strict';
const express = require('express');
const expat = require('node-expat');
const { Parser } = require('node-expat');
const fs = require('fs');

const app = express();
app.use(express.text({ type: ['application/xml', 'text/xml'] }));

app.post('/feeds/import', function (req, res) {
  const parser = new expat.Parser('UTF-8');
  const titles = [];
  parser.on('text', (t) => titles.push(t));
  // expect: xxe
  parser.write(req.body);
  res.json({ count: titles.length });
});

function previewHandler(req, res) {
  const p = new expat.Parser();
  let depth = 0;
  p.on('startElement', () => { depth += 1; });
  // expect: xxe
  p.parse(req.query.xml);
  res.json({ depth });
}
app.get('/feeds/preview', previewHandler);

const router = express.Router();
router.post('/opml', (req, res) => {
  const xml = req.body.toString();
  const parser = new Parser('UTF-8');
  const outlines = [];
  parser.on('startElement', (name, attrs) => {
    if (name === 'outline') outlines.push(attrs.xmlUrl);
  });
  // expect: xxe
  parser.write(xml);
  parser.end();
  res.json({ outlines });
});
app.use('/import', router);

function loadDefaults() {
  const parser = new expat.Parser('UTF-8');
  parser.write(fs.readFileSync(__dirname + '/defaults/feeds.xml'));
  return parser;
}

function selfTest() {
  const parser = new Parser('UTF-8');
  return parser.parse('<ping/>');
}

module.exports = { app, loadDefaults, selfTest };
