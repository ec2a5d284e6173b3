'use strict';

const express = require('express');
const xml2json = require('xml2json');
const x2j = require('xml2json');
const fs = require('fs');

const app = express();
const router = express.Router();

app.post('/ingest', function ingest(req, res) {
  let body = '';
  req.on('data', function (chunk) {
    body += chunk;
  });
  req.on('end', function () {
    // expect: xxe
    const doc = xml2json.toJson(body, { object: true });
    res.json(doc);
  });
});

app.put('/catalog', function replaceCatalog(req, res) {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', function () {
    const xml = Buffer.concat(chunks).toString('utf8');
    // expect: xxe
    const catalog = x2j.toJson(xml, { object: true, arrayNotation: true });
    res.status(200).json({ items: catalog.catalog.item.length });
  });
});

function soapMiddleware(req, res, next) {
  let raw = '';
  req.setEncoding('utf8');
  req.on('data', (c) => (raw += c));
  req.on('end', function () {
    // expect: xxe
    req.soap = JSON.parse(xml2json.toJson(raw));
    next();
  });
}
app.use('/soap', soapMiddleware);

router.post('/feeds', function importFeed(req, res) {
  let xml = '';
  req.on('data', (c) => (xml += c));
  req.on('end', function () {
    // expect: xxe
    const feed = x2j.toJson(xml, { object: true, sanitize: true, trim: true });
    res.json({ title: feed.rss.channel.title });
  });
});
app.use('/api', router);

const defaults = xml2json.toJson(fs.readFileSync(__dirname + '/defaults.xml', 'utf8'), { object: true });

app.post('/export', express.json(), function exportXml(req, res) {
  let ack = '';
  req.on('end', function () {
    ack = xml2json.toXml({ received: true });
  });
  res.type('application/xml').send(xml2json.toXml({ order: req.body }));
});

module.exports = { app, defaults };
