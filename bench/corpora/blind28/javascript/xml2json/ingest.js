const express = require('express');
const fs = require('fs');
const parser = require('xml2json');

const app = express();
const SAMPLE = parser.toJson(fs.readFileSync(__dirname + '/fixtures/sample-feed.xml', 'utf8'), { object: true });

app.post('/ingest', function ingest(req, res) {
  let body = '';
  req.on('data', function (chunk) { body += chunk; });
  req.on('end', function () {
    // expect: xxe
    const json = parser.toJson(body);
    res.type('json').send(json);
  });
});

app.post('/ingest/orders', function ingestOrders(req, res, next) {
  const chunks = [];
  req.on('data', function (c) { chunks.push(c); });
  req.on('end', function () {
    const raw = Buffer.concat(chunks).toString('utf8');
    // expect: xxe
    const order = parser.toJson(raw, { object: true, coerce: true });
    res.json({ id: order.order.id });
  });
});

app.put('/ingest/catalogue', function ingestCatalogue(req, res) {
  let xml = '';
  req.setEncoding('utf8');
  req.on('data', function (d) { xml += d; });
  req.on('end', function () {
    // expect: xxe
    res.json(parser.toJson(xml, {
      object: true,
      sanitize: false,
    }));
  });
});

app.post('/ingest/json', function ingestJson(req, res) {
  let body = '';
  req.on('data', function (chunk) { body += chunk; });
  req.on('end', function () {
    res.json(JSON.parse(body));
  });
});

app.get('/sample', function sample(req, res) {
  res.json(SAMPLE);
});

module.exports = app;
