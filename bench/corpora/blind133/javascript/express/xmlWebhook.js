'use strict';

const express = require('express');
const fs = require('fs');
const parser = require('xml2json');
const Orders = require('./models/order');

const app = express.Router();

const fixtureFeed = parser.toJson(fs.readFileSync(__dirname + '/fixtures/feed.xml', 'utf8'), { object: true });

app.post('/webhooks/supplier', function (req, res) {
  let xml = '';
  req.setEncoding('utf8');
  req.on('data', function (chunk) { xml += chunk; });
  // expect: xxe
  req.on('end', function () {
    const doc = parser.toJson(xml, { object: true, sanitize: false });
    Orders.updateStock(doc.stockUpdate).then(() => res.sendStatus(204));
  });
});

app.post('/import/catalog', function (req, res) {
  const chunks = [];
  req.on('data', function (chunk) { chunks.push(chunk); });
  // expect: xxe
  req.on('end', function () {
    const catalog = JSON.parse(parser.toJson(Buffer.concat(chunks).toString('utf8')));
    res.json({ items: (catalog.catalog.item || []).length });
  });
});

app.post('/soap/invoice', function (req, res, next) {
  let body = '';
  req.on('data', function (chunk) { body += chunk; });
  // expect: xxe
  req.on('end', function () {
    try {
      const envelope = parser.toJson(body, { object: true, reversible: false });
      res.json(envelope['soap:Envelope']['soap:Body']);
    } catch (err) {
      next(err);
    }
  });
});

app.post('/webhooks/json', function (req, res) {
  let raw = '';
  req.on('data', function (chunk) { raw += chunk; });
  req.on('end', function () {
    const event = JSON.parse(raw || '{}');
    res.json({ received: event.type });
  });
});

app.get('/fixtures/feed', function (req, res) {
  res.json(fixtureFeed);
});

module.exports = app;
