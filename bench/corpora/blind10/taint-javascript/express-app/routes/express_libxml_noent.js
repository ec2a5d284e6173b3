// library: Express + libxmljs (parseXml options)
const express = require('express');
const libxmljs = require('libxmljs');

const router = express.Router();
router.use(express.text({ type: ['application/xml', 'text/xml'] }));

router.post('/import', (req, res) => {
  // expect: xxe
  const doc = libxmljs.parseXml(req.body, { noent: true });
  res.json({ items: doc.find('//item').length });
});

router.post('/import-safe', (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  res.json({ items: doc.find('//item').length });
});

router.post('/feed', (req, res) => {
  // expect: xxe
  const doc = libxmljs.parseXmlString(req.body, { noent: true, dtdload: true });
  res.json({ title: doc.get('//title')?.text() });
});

router.post('/feed-default', (req, res) => {
  const doc = libxmljs.parseXmlString(req.body);
  res.json({ title: doc.get('//title')?.text() });
});

module.exports = router;
