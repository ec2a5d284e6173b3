'use strict';

const express = require('express');
const parser = require('xml2json');

const router = express.Router();

const SAMPLE_FEED = '<feed><entry><id>1</id></entry></feed>';

function collectBody(req, onDone) {
  let raw = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { raw += chunk; });
  req.on('end', () => onDone(raw));
}

function importCatalog(req, res) {
  let body = '';
  req.on('data', function (chunk) {
    body += chunk;
  });
  req.on('end', function () {
    // expect: xxe
    const catalog = JSON.parse(parser.toJson(body));
    res.json({ items: catalog.catalog.item.length });
  });
}

router.post('/catalog', importCatalog);

router.post('/orders', function receiveOrders(req, res) {
  const chunks = [];
  req.on('data', function (c) { chunks.push(c); });
  req.on('end', function () {
    const xml = Buffer.concat(chunks).toString('utf8');
    // expect: xxe
    const orders = parser.toJson(xml, { object: true, sanitize: true });
    res.status(202).json({ received: orders.orders.order.length });
  });
});

function xmlBodyParser(req, res, next) {
  if (!req.is('application/xml')) return next();
  let data = '';
  req.on('data', function (chunk) { data += chunk; });
  req.on('end', function () {
    try {
      // expect: xxe
      req.body = parser.toJson(data, { object: true, coerce: true });
      next();
    } catch (err) {
      res.status(400).send('Invalid XML');
    }
  });
}

router.post('/invoices', xmlBodyParser, (req, res) => res.json(req.body));

router.post('/shipments', (req, res) => {
  collectBody(req, (raw) => {
    // expect: xxe
    const parsed = parser.toJson(raw, { object: true, arrayNotation: true });
    res.json(parsed);
  });
});

router.post('/settings', function saveSettings(req, res) {
  let text = '';
  req.on('data', function (chunk) { text += chunk; });
  req.on('end', function () {
    const settings = JSON.parse(text);
    res.json({ keys: Object.keys(settings).length });
  });
});

router.get('/sample', function sample(req, res) {
  res.type('json').send(parser.toJson(SAMPLE_FEED));
});

module.exports = router;
