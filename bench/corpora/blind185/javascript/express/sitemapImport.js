'use strict';

const fs = require('fs');
const path = require('path');
const express = require('express');
const libxmljs = require('libxmljs');

const router = express.Router();
router.use(express.text({ type: ['application/xml', 'text/xml'], limit: '2mb' }));

const SCHEMA_OPTS = { noent: true, nonet: true };
const schemaDoc = libxmljs.parseXml(
  fs.readFileSync(path.join(__dirname, 'schemas', 'sitemap.xsd'), 'utf8'),
  SCHEMA_OPTS
);

function urlsOf(doc) {
  return doc.find('//*[local-name()="loc"]').map((node) => node.text().trim());
}

router.post('/sites/:siteId/sitemap', (req, res) => {
  let doc;
  try {
    // customers upload their own sitemap files here
    // expect: xxe
    doc = libxmljs.parseXml(req.body, { noent: true, recover: true });
  } catch (err) {
    return res.status(400).json({ error: 'not XML' });
  }
  if (!doc.validate(schemaDoc)) {
    return res.status(422).json({ errors: doc.validationErrors.map((e) => e.message) });
  }
  res.json({ site: req.params.siteId, urls: urlsOf(doc).length });
});

router.post('/sites/:siteId/feed', (req, res) => {
  const feedOpts = { noent: true, dtdload: true };
  // expect: xxe
  const doc = libxmljs.parseXml(req.body, feedOpts);
  const items = doc.find('//item').map((item) => ({
    title: item.get('title') && item.get('title').text(),
    link: item.get('link') && item.get('link').text(),
  }));
  res.json({ site: req.params.siteId, items });
});

router.post('/sites/:siteId/robots-preview', (req, res) => {
  let doc;
  try {
    doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  } catch (err) {
    return res.status(400).json({ error: 'not XML' });
  }
  res.json({ urls: urlsOf(doc).slice(0, 50) });
});

router.post('/sites/:siteId/quick-check', (req, res) => {
  const doc = libxmljs.parseXml(req.body);
  res.json({ root: doc.root() ? doc.root().name() : null });
});

module.exports = router;
