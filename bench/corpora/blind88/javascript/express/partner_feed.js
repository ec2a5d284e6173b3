'use strict';

const express = require('express');
const fs = require('fs');
const path = require('path');
const xmlParser = require('xml2json');
const { upsertProducts, upsertOrders } = require('../services/catalog');

const app = express();
const TO_OBJECT = { object: true, coerce: false, sanitize: true, trim: true, arrayNotation: ['item'] };

// Static category map shipped with the app, parsed once at start-up.
const categoryMap = xmlParser.toJson(fs.readFileSync(path.join(__dirname, 'categories.xml')), { object: true });

app.post('/partners/products', function receiveProducts(req, res) {
  let xml = '';
  req.setEncoding('utf8');
  req.on('data', function (chunk) {
    xml += chunk;
  });
  req.on('end', function () {
    // expect: xxe
    const feed = xmlParser.toJson(xml, TO_OBJECT);
    upsertProducts(req.params.partner, feed.catalog.item, categoryMap)
      .then(() => res.status(202).end())
      .catch((err) => res.status(500).json({ error: err.message }));
  });
});

function importOrders(req, res, next) {
  const chunks = [];
  req.on('data', function (c) { chunks.push(c); });
  req.on('end', function () {
    // expect: xxe
    const parsed = JSON.parse(xmlParser.toJson(Buffer.concat(chunks)));
    upsertOrders(parsed.orders).then(() => res.sendStatus(204), next);
  });
}

app.put('/partners/stock', function updateStock(req, res) {
  let body = '';
  req.on('data', function (part) { body += part; });
  req.on('end', function () {
    // expect: xxe
    const stock = xmlParser.toJson(body, { object: true, reversible: false });
    res.json({ received: Object.keys(stock.stock || {}).length });
  });
});

app.post('/partners/orders', importOrders);

app.post('/partners/products.json', express.json(), function (req, res) {
  upsertProducts(req.body.partner, req.body.items, categoryMap)
    .then(() => res.status(202).end());
});

module.exports = app;
