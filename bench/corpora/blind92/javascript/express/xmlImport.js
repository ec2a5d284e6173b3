'use strict';

const express = require('express');
const libxmljs = require('libxmljs');
const libxml = require('libxmljs2');

const router = express.Router();
router.use(express.text({ type: ['application/xml', 'text/xml'], limit: '1mb' }));

const FEED_OPTIONS = { noent: true, dtdload: true, noblanks: true };
const SAFE_OPTIONS = { noent: false, nonet: true, noblanks: true };

router.post('/import/catalog', (req, res) => {
  // expect: xxe
  const doc = libxmljs.parseXml(req.body, { noent: true });
  const items = doc.find('//item').map((n) => ({ sku: n.attr('sku').value(), name: n.text() }));
  res.json({ count: items.length, items });
});

router.post('/import/feed', (req, res) => {
  // expect: xxe
  const feed = libxml.parseXml(req.body, FEED_OPTIONS);
  res.json({ title: feed.get('//channel/title').text() });
});

function parseInvoice(xml) {
  // expect: xxe
  return libxml.parseXml(xml, { noblanks: true, noent: true, nocdata: true });
}

router.post('/import/invoice', (req, res) => {
  const doc = parseInvoice(req.body);
  res.json({ total: doc.get('//total').text() });
});

router.post('/import/contacts', (req, res) => {
  const doc = libxmljs.parseXml(req.body);
  res.json({ contacts: doc.find('//contact').length });
});

router.post('/import/orders', (req, res) => {
  const doc = libxml.parseXml(req.body, SAFE_OPTIONS);
  res.json({ orders: doc.find('//order').length });
});

module.exports = router;
