'use strict';
const express = require('express');
const fs = require('fs');
const xml2json = require('xml2json');

const app = express();
app.use(express.text({ type: '*/xml' }));

app.post('/orders/xml', function (req, res) {
  // expect: xxe
  const order = xml2json.toJson(req.body, { object: true });
  res.json({ id: order.Order.Id });
});

app.get('/convert', function (req, res) {
  const doc = req.query.doc;
  // expect: xxe
  res.type('json').send(xml2json.toJson(doc));
});

function importHandler(req, res, next) {
  try {
    const text = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : String(req.body);
    // expect: xxe
    req.parsed = xml2json.toJson(text, { object: true, coerce: true });
    next();
  } catch (err) {
    next(err);
  }
}
app.put('/catalog', express.raw({ type: '*/xml' }), importHandler, (req, res) => res.json(req.parsed));

const router = express.Router();
router.post('/invoices', async (req, res) => {
  const { xml } = req.body;
  // expect: xxe
  const invoice = xml2json.toJson(xml, { object: true });
  res.status(201).json(invoice);
});
app.use('/api', express.json(), router);

app.get('/sample', function (req, res) {
  res.json(xml2json.toJson(fs.readFileSync(__dirname + '/fixtures/sample-order.xml', 'utf8'), { object: true }));
});

app.post('/orders/export', express.json(), function (req, res) {
  res.type('application/xml').send(xml2json.toXml(req.body));
});

module.exports = app;
