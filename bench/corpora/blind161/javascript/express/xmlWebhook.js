// Partner webhooks that still post XML (order status, inventory, SOAP ping).
const express = require('express');
const fs = require('fs');
const path = require('path');
const parser = require('xml2json');

const app = express();
app.use('/api', express.json({ limit: '200kb' }));

const DEFAULT_MAPPING = parser.toJson(fs.readFileSync(path.join(__dirname, 'mapping.xml'), 'utf8'), { object: true });

app.post('/hooks/order-status', function (req, res) {
  let raw = '';
  req.on('data', function (chunk) { raw += chunk; });
  req.on('end', function () {
    // expect: xxe
    const status = parser.toJson(raw, { object: true });
    res.json({ received: status.order && status.order.id });
  });
});

app.post('/hooks/inventory', function (req, res) {
  const chunks = [];
  req.on('data', function (c) { chunks.push(c); });
  req.on('end', function () {
    const xml = Buffer.concat(chunks).toString('utf8');
    // expect: xxe
    const doc = parser.toJson(xml, { object: true, sanitize: true });
    res.status(202).json({ items: (doc.inventory && doc.inventory.item || []).length });
  });
});

app.post('/soap/ping', function (req, res) {
  let body = '';
  req.on('data', function (c) { body += c; });
  req.on('end', function () {
    // expect: xxe
    const envelope = JSON.parse(parser.toJson(body));
    res.type('text/xml').send('<pong>' + (envelope ? 'ok' : 'empty') + '</pong>');
  });
});

app.post('/api/orders', function (req, res) {
  res.json({ id: req.body.id, mapping: Object.keys(DEFAULT_MAPPING) });
});

app.get('/hooks/sample', function (req, res) {
  const sample = parser.toJson('<order><id>1</id><state>shipped</state></order>');
  res.type('application/json').send(sample);
});

module.exports = app;
