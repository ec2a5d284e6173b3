'use strict';

const express = require('express');
const fs = require('fs');
const libxml = require('libxmljs2');

const router = express.Router();
router.use(express.text({ type: ['application/xml', 'text/xml'], limit: '2mb' }));

// Partners push product feeds as XML.
router.post('/feeds/products', function importProducts(req, res) {
  // expect: xxe
  const doc = libxml.parseXmlString(req.body, { noent: true, noblanks: true });
  res.json({ products: doc.find('//product').length });
});

router.post('/feeds/upload', function uploadFeed(req, res) {
  const xml = req.files.feed.data.toString('utf8');
  // expect: xxe
  const doc = libxml.parseXml(xml, { noblanks: true, noent: true });
  res.json({ root: doc.root().name() });
});

router.post('/feeds/prices', function importPrices(req, res) {
  const raw = req.body;
  // expect: xxe
  const doc = libxml.parseXmlString(raw, { noent: true, dtdload: true, nonet: false });
  res.json({ prices: doc.find('//price').length });
});

// Safe look-alikes: default options, entities off, our own schema file.
router.post('/feeds/stock', function importStock(req, res) {
  const doc = libxml.parseXmlString(req.body);
  res.json({ items: doc.find('//item').length });
});

router.post('/feeds/stock-v2', function importStockV2(req, res) {
  const doc = libxml.parseXmlString(req.body, { noent: false, nonet: true });
  res.json({ items: doc.find('//item').length });
});

const schema = libxml.parseXml(fs.readFileSync(__dirname + '/schema/feed.xsd', 'utf8'), { noent: true });

module.exports = { router, schema };
