'use strict';

// Imports supplier product feeds (XML) uploaded through the partner portal.
const libxmljs = require('libxmljs');
const vm = require('vm');
const express = require('express');

const router = express.Router();
const PARSE_OPTIONS = { noent: true, dtdload: true, nocdata: true };

router.post('/feeds', express.text({ type: 'application/xml' }), (req, res) => {
  // expect: xxe
  const doc = libxmljs.parseXml(req.body, { noent: true, noblanks: true });
  res.json({ products: doc.find('//product').length });
});

function parseUpload(buffer) {
  // expect: xxe
  return libxmljs.parseXml(buffer.toString('utf8'), PARSE_OPTIONS);
}

class FeedParser {
  constructor(xml) {
    const opts = { noent: true, huge: true };
    // expect: xxe
    this.doc = libxmljs.parseXmlString(xml, opts);
  }

  titles() {
    return this.doc.find('//product/title').map((n) => n.text());
  }
}

function parseIsolated(xml) {
  const context = vm.createContext({ libxml: libxmljs, xml });
  // expect: xxe
  return vm.runInContext("libxml.parseXml(xml, { noent: true })", context);
}

// Safe look-alikes: entity expansion left off (the default), turned off
// explicitly, and network loading disabled.
function parseSafe(xml) {
  return libxmljs.parseXml(xml);
}

function parseStrict(xml) {
  return libxmljs.parseXml(xml, { noent: false, nonet: true, noblanks: true });
}

module.exports = { router, parseUpload, FeedParser, parseIsolated, parseSafe, parseStrict };
