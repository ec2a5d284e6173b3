const express = require('express');
const multer = require('multer');
const libxmljs = require('libxmljs');

const app = express();
const upload = multer({ limits: { fileSize: 2 * 1024 * 1024 } });

app.post('/import/products', express.text({ type: 'application/xml' }), (req, res) => {
  // expect: xxe
  const doc = libxmljs.parseXml(req.body, { noent: true });
  res.json({ count: doc.find('//product').length });
});

app.post('/import/feed', upload.single('feed'), (req, res) => {
  const XML_OPTS = { noent: true, dtdload: true, nonet: false };
  // expect: xxe
  const doc = libxmljs.parseXml(req.file.buffer.toString('utf8'), XML_OPTS);
  res.json({ title: doc.get('//channel/title').text() });
});

function parsePartnerInvoice(xmlText) {
  // expect: xxe
  return libxmljs.parseXml(xmlText, { nonet: true, noent: true, nsclean: false });
}

app.post('/import/orders', express.text({ type: 'application/xml' }), (req, res) => {
  const doc = libxmljs.parseXml(req.body);
  res.json({ orders: doc.find('//order').length });
});

app.post('/import/customers', express.text({ type: 'application/xml' }), (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  res.json({ customers: doc.find('//customer').length });
});

module.exports = { app, parsePartnerInvoice };
