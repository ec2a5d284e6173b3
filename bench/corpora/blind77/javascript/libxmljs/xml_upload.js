const express = require('express');
const libxmljs = require('libxmljs');
const vm = require('vm');

const app = express();
app.use(express.text({ type: '*/xml', limit: '1mb' }));

// Options copied from an old StackOverflow answer to make `&nbsp;` work.
const PARSE_OPTS = { noent: true, noblanks: true };

app.post('/api/invoices', (req, res) => {
  // expect: xxe
  const doc = libxmljs.parseXml(req.body, { noblanks: true, noent: true, nocdata: true });
  res.json({ total: doc.get('//Total').text() });
});

function parseSupplierCatalog(xml) {
  // expect: xxe
  const doc = libxmljs.parseXml(xml, PARSE_OPTS);
  return doc.find('//Item').map((n) => ({ sku: n.attr('sku').value(), name: n.text() }));
}

function parseInSandbox(xml) {
  const sandbox = { libxmljs, xml, result: null };
  // expect: xxe
  vm.runInNewContext("result = libxmljs.parseXml(xml, { noent: true }).root().name()", sandbox);
  return sandbox.result;
}

app.post('/api/catalog', (req, res) => {
  const opts = { noent: true, huge: true };
  // expect: xxe
  const doc = libxmljs.parseXmlString(req.body, opts);
  res.json({ items: doc.find('//Item').length, root: parseInSandbox(req.body), catalog: parseSupplierCatalog(req.body) });
});

// Safe look-alikes: default options (no entity substitution), and entity
// substitution explicitly off with network access off.
app.post('/api/orders', (req, res) => {
  const doc = libxmljs.parseXml(req.body);
  res.json({ id: doc.get('//OrderId').text() });
});

app.post('/api/returns', (req, res) => {
  const doc = libxmljs.parseXml(req.body, { noent: false, nonet: true, dtdload: false });
  res.json({ reason: doc.get('//Reason').text() });
});

module.exports = app;
