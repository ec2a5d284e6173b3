'use strict';

const fs = require('fs');
const path = require('path');
const express = require('express');
const fileUpload = require('express-fileupload');
const libxmljs = require('libxmljs');
const libxml2 = require('libxmljs2');

const app = express();
app.use(express.text({ type: ['application/xml', 'text/xml'], limit: '1mb' }));
app.use(fileUpload());

const TEMPLATE_FILE = path.join(__dirname, 'templates', 'invoice-skeleton.xml');

app.post('/import/products', function importProducts(req, res) {
  // expect: xxe
  const doc = libxmljs.parseXmlString(req.body, { noent: true, noblanks: true });
  const names = doc.find('//product/name').map((n) => n.text());
  res.json({ count: names.length, names });
});

app.post('/import/feed', function (req, res) {
  if (!req.files || !req.files.feed) return res.status(400).end();
  // expect: xxe
  const doc = libxml2.parseXml(req.files.feed.data.toString('utf8'), { noent: true, dtdload: true });
  res.json({ items: doc.find('//item').length });
});

app.get('/validate', function validate(req, res) {
  const xml = String(req.query.doc || '');
  // expect: xxe
  const doc = libxmljs.parseXml(xml, { noent: true, nonet: false });
  res.json({ ok: doc.errors.length === 0 });
});

app.put('/settings/:id', async function (req, res) {
  const raw = req.body;
  // expect: xxe
  const settings = libxml2.parseXmlString(raw, { noblanks: true, noent: true, nocdata: true });
  res.json({ id: req.params.id, root: settings.root().name() });
});

// Look-alikes: entity expansion left off, and a server-owned template file.
app.post('/import/orders', function (req, res) {
  const doc = libxmljs.parseXmlString(req.body, { noent: false, nonet: true });
  res.json({ orders: doc.find('//order').length });
});

app.post('/import/customers', function (req, res) {
  const doc = libxml2.parseXml(req.body);
  res.json({ customers: doc.find('//customer').length });
});

app.get('/invoice/skeleton', function (req, res) {
  const doc = libxmljs.parseXml(fs.readFileSync(TEMPLATE_FILE, 'utf8'), { noent: true });
  res.type('application/xml').send(doc.toString());
});

module.exports = app;
