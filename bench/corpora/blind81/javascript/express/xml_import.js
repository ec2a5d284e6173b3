'use strict';

const express = require('express');
const parser = require('xml2json');
const xml2json = require('xml2json');
const fs = require('fs');

const app = express();

app.post('/import/products', function importProducts(req, res) {
  let xml = '';
  req.setEncoding('utf8');
  req.on('data', function (chunk) { xml += chunk; });
  req.on('end', function () {
    // expect: xxe
    const doc = parser.toJson(xml, { object: true, sanitize: true });
    res.json({ imported: (doc.catalog.product || []).length });
  });
});

function importFeed(req, res, next) {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', function () {
    try {
      // expect: xxe
      const feed = JSON.parse(xml2json.toJson(Buffer.concat(chunks).toString('utf8')));
      res.status(201).json(feed.rss.channel);
    } catch (err) {
      next(err);
    }
  });
}

app.put('/import/orders', function putOrders(req, res) {
  let body = '';
  req.on('data', function (d) {
    body += d;
  });
  req.on('end', function () {
    const opts = { object: true, coerce: true, trim: true };
    // expect: xxe
    const orders = parser.toJson(body, opts);
    res.json(orders);
  });
});

app.get('/import/sample', function sample(req, res) {
  const xml = fs.readFileSync(__dirname + '/fixtures/sample.xml', 'utf8');
  res.json(parser.toJson(xml, { object: true }));
});

app.post('/import/json', express.json(), function importJson(req, res) {
  res.json({ received: Object.keys(req.body).length });
});

app.post('/import/feed', importFeed);

module.exports = app;
