// libxmljs: validating partner product feeds against an XSD
const fs = require('fs');
const libxmljs = require('libxmljs2');
const express = require('express');

const router = express.Router();
const xsd = libxmljs.parseXml(fs.readFileSync(__dirname + '/schemas/products.xsd', 'utf8'));

router.post('/feeds/validate', express.text({ type: '*/xml', limit: '5mb' }), (req, res) => {
  // expect: xxe
  const doc = libxmljs.parseXml(req.body, { noent: true, dtdload: true });
  const ok = doc.validate(xsd);
  res.json({ ok, errors: doc.validationErrors.map((e) => e.message) });
});

router.post('/feeds/v2/validate', express.text({ type: '*/xml', limit: '5mb' }), (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  res.json({ ok: doc.validate(xsd), errors: doc.validationErrors.map((e) => e.message) });
});

router.post('/feeds/count', express.text({ type: '*/xml', limit: '5mb' }), (req, res) => {
  const doc = libxmljs.parseXmlString(req.body);
  res.json({ products: doc.find('//product').length });
});

const LEGACY_OPTIONS = { noblanks: true, noent: true, huge: true };

router.post('/feeds/legacy', express.text({ type: '*/xml', limit: '50mb' }), (req, res) => {
  // expect: xxe
  const doc = libxmljs.parseXmlString(req.body, LEGACY_OPTIONS);
  const names = doc.find('//product/name').map((n) => n.text());
  res.json({ names });
});

router.post('/feeds/sku', express.text({ type: '*/xml' }), (req, res) => {
  const doc = libxmljs.parseXml(req.body);
  const sku = String(req.query.sku || '');
  if (!/^[A-Z0-9-]{3,20}$/.test(sku)) return res.sendStatus(400);
  const node = doc.get(`//product[@sku="${sku}"]`);
  res.json({ found: Boolean(node), name: node ? node.get('name').text() : null });
});

router.post('/feeds/html', express.text({ type: 'text/html' }), (req, res) => {
  const doc = libxmljs.parseHtml(req.body);
  res.json({ title: doc.get('//title')?.text() ?? null });
});

module.exports = router;
