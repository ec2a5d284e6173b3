'use strict';

const express = require('express');
const libxmljs = require('libxmljs');
const multer = require('multer');
const log = require('../lib/log');

const app = express();
const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 2 * 1024 * 1024 } });
app.use(express.text({ type: ['application/xml', 'text/xml'] }));

app.post('/import/products', function (req, res) {
  // expect: xxe
  const doc = libxmljs.parseXml(req.body, { noent: true, noblanks: true });
  const names = doc.find('//product/name').map((n) => n.text());
  res.json({ imported: names.length });
});

app.post('/import/file', upload.single('feed'), function (req, res) {
  const xml = req.file.buffer.toString('utf8');
  // expect: xxe
  const doc = libxmljs.parseXmlString(xml, { noent: true, dtdload: true });
  res.json({ root: doc.root().name() });
});

app.get('/import/preview', function (req, res) {
  // expect: xxe
  const doc = libxmljs.parseXml(req.query.xml, { noent: true });
  res.type('application/xml').send(doc.toString());
});

app.post('/import/orders', function (req, res) {
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  const ids = doc.find('//order/@id').map((a) => a.value());
  log.info('orders imported', ids.length);
  res.json({ ids });
});

app.post('/import/simple', function (req, res) {
  const doc = libxmljs.parseXmlString(req.body);
  res.json({ children: doc.root().childNodes().length });
});

module.exports = app;
