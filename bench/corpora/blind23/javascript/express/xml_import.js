// express: XML import endpoints for the catalogue service
const express = require('express');
const libxmljs = require('libxmljs2');
const xml2json = require('xml2json');
const expat = require('node-expat');
const { XMLParser } = require('fast-xml-parser');

const router = express.Router();
router.use(express.text({ type: ['application/xml', 'text/xml'], limit: '1mb' }));

router.post('/catalogue', (req, res) => {
  // expect: xxe
  const doc = libxmljs.parseXml(req.body, { noent: true, nonet: false });
  const items = doc.find('//item').map((n) => n.attr('sku').value());
  res.json({ items });
});

router.post('/v2/catalogue', (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  const items = doc.find('//item').map((n) => n.attr('sku').value());
  res.json({ items });
});

router.post('/feed', (req, res) => {
  const opts = { object: true, reversible: false };
  const data = xml2json.toJson(req.body, opts);
  res.json(data);
});

router.post('/stream', (req, res) => {
  const parser = new expat.Parser('UTF-8');
  const names = [];
  parser.on('startElement', (name) => names.push(name));
  // expect: xxe
  parser.write(req.body);
  res.json({ names });
});

router.post('/simple', (req, res) => {
  const parser = new XMLParser({ ignoreAttributes: false });
  res.json(parser.parse(req.body));
});

router.post('/sax-doc', (req, res) => {
  const xmlOpts = { noent: true, noblanks: true };
  // expect: xxe
  const doc = libxmljs.parseXmlString(req.body, xmlOpts);
  res.json({ root: doc.root().name() });
});

module.exports = router;
