// xml2js / fast-xml-parser: importing supplier invoices uploaded as XML
const express = require('express');
const xml2js = require('xml2js');
const { XMLParser } = require('fast-xml-parser');

const router = express.Router();
router.use(express.text({ type: ['application/xml', 'text/xml'], limit: '2mb' }));

const parser = new xml2js.Parser({ explicitArray: false, trim: true, normalizeTags: true });

router.post('/invoices/import', async (req, res) => {
  try {
    const doc = await parser.parseStringPromise(req.body);
    const inv = doc.invoice;
    res.json({ number: inv.number, total: Number(inv.total), lines: [].concat(inv.line || []).length });
  } catch (e) {
    res.status(400).json({ error: 'invalid xml' });
  }
});

router.post('/invoices/preview', (req, res) => {
  xml2js.parseString(req.body, { explicitArray: false }, (err, doc) => {
    if (err) return res.status(400).json({ error: 'invalid xml' });
    // expect: xss
    res.send(`<h2>Invoice ${doc.invoice.number}</h2><p>Supplier: ${doc.invoice.supplier}</p>`);
  });
});

router.post('/invoices/preview/v2', (req, res) => {
  xml2js.parseString(req.body, { explicitArray: false }, (err, doc) => {
    if (err) return res.status(400).json({ error: 'invalid xml' });
    res.json({ number: doc.invoice.number, supplier: doc.invoice.supplier });
  });
});

const fxp = new XMLParser({ ignoreAttributes: false, processEntities: true, allowBooleanAttributes: true });

router.post('/credit-notes/import', (req, res) => {
  const doc = fxp.parse(req.body);
  res.json({ id: doc.creditNote?.id, amount: Number(doc.creditNote?.amount) });
});

router.get('/invoices/:id/xml', async (req, res) => {
  const builder = new xml2js.Builder({ rootName: 'invoice', headless: false });
  const xml = builder.buildObject({ id: req.params.id, status: 'exported' });
  res.type('application/xml').send(xml);
});

module.exports = router;
