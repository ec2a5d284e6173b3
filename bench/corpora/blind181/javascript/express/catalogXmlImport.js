'use strict';

// Catalogue import for suppliers: they POST their product feed as XML. The
// unit conversion table is our own XML file that uses entities for units.

const express = require('express');
const fs = require('fs');
const path = require('path');
const libxmljs = require('libxmljs');
const { upsertProducts } = require('./products');

const app = express();
app.use(express.text({ type: ['application/xml', 'text/xml'], limit: '5mb' }));

const unitsXml = fs.readFileSync(path.join(__dirname, 'data', 'units.xml'), 'utf8');
const unitsDoc = libxmljs.parseXml(unitsXml, { noent: true });

function productsFrom(doc) {
  return doc.find('//product').map((node) => ({
    sku: node.attr('sku').value(),
    name: node.get('name').text(),
    price: Number(node.get('price').text()),
    unit: unitsDoc.get(`//unit[@code="${node.attr('unit').value().replace(/"/g, '')}"]`) ? node.attr('unit').value() : 'each',
  }));
}

app.post('/suppliers/:id/feed', function importFeed(req, res) {
  // expect: xxe
  const doc = libxmljs.parseXml(req.body, { noent: true, noblanks: true });
  const products = productsFrom(doc);
  upsertProducts(req.params.id, products).then(() => res.json({ imported: products.length }));
});

app.post('/suppliers/:id/feed/v2', function importFeedV2(req, res) {
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true, noblanks: true });
  const products = productsFrom(doc);
  upsertProducts(req.params.id, products).then(() => res.json({ imported: products.length }));
});

app.post('/suppliers/:id/feed/validate', function validateFeed(req, res) {
  const doc = libxmljs.parseXml(req.body);
  res.json({ products: doc.find('//product').length, errors: doc.errors.map((e) => e.message) });
});

module.exports = app;
