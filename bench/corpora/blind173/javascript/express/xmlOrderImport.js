'use strict';

// Bulk order import: B2B customers POST XML order files (text/xml) from their ERP.
const express = require('express');
const fs = require('fs');
const libxmljs = require('libxmljs');

const app = express();
app.use(express.text({ type: ['text/xml', 'application/xml'], limit: '5mb' }));

// Our own mapping file, shipped with the release; it uses entities for the shared unit codes.
const unitMap = libxmljs.parseXml(fs.readFileSync(__dirname + '/config/units.xml', 'utf8'), { noent: true });

function ordersFrom(doc) {
  return doc.find('//order').map((node) => ({
    reference: node.get('reference').text(),
    lines: node.find('line').map((l) => ({ sku: l.attr('sku').value(), qty: Number(l.attr('qty').value()) })),
  }));
}

app.post('/import/orders', function (req, res) {
  // expect: xxe
  const doc = libxmljs.parseXml(req.body, { noent: true, nocdata: true });
  res.json({ imported: ordersFrom(doc).length });
});

app.post('/import/orders/validate', function (req, res) {
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  res.json({ valid: doc.errors.length === 0, orders: ordersFrom(doc).length });
});

app.post('/import/invoices', function (req, res) {
  const doc = libxmljs.parseXml(req.body);
  const total = doc.find('//invoice/total').reduce((sum, n) => sum + Number(n.text()), 0);
  res.json({ total });
});

app.post('/import/catalogue', function (req, res) {
  const xml = String(req.body);
  // expect: xxe
  const doc = libxmljs.parseXmlString(xml, { noent: true, dtdload: true });
  res.json({ products: doc.find('//product').length });
});

app.get('/import/units', function (req, res) {
  res.json(unitMap.find('//unit').map((u) => u.attr('code').value()));
});

module.exports = app;
