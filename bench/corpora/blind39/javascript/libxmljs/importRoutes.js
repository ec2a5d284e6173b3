const express = require('express');
const libxmljs = require('libxmljs');
const fileUpload = require('express-fileupload');

const router = express.Router();
router.use(express.text({ type: ['application/xml', 'text/xml'] }));
router.use(fileUpload({ limits: { fileSize: 2 * 1024 * 1024 } }));

const PARSE_OPTIONS = { noent: true, nocdata: true };

router.post('/orders/import', function importOrders(req, res) {
  // expect: xxe
  const doc = libxmljs.parseXmlString(req.body, { noent: true });
  const ids = doc.find('//order/@id').map((attr) => attr.value());
  res.json({ imported: ids.length });
});

router.post('/catalog/upload', function (req, res, next) {
  try {
    const xmlText = req.files.catalog.data.toString('utf8');
    // expect: xxe
    const catalog = libxmljs.parseXml(xmlText, { noent: true, dtdload: true });
    res.json({ items: catalog.find('//item').length });
  } catch (err) {
    next(err);
  }
});

router.get('/feeds/preview', function previewFeed(req, res) {
  const feed = decodeURIComponent(req.query.xml || '');
  // expect: xxe
  const parsed = libxmljs.parseXmlString(feed, PARSE_OPTIONS);
  res.type('text/plain').send(parsed.root().name());
});

router.put('/settings/:id', async function (req, res) {
  const raw = req.body;
  const settingsDoc = await Promise.resolve(
    // expect: xxe
    libxmljs.parseXml(raw, { noblanks: true, noent: true })
  );
  res.json({ id: req.params.id, keys: settingsDoc.root().childNodes().length });
});

// Safe: entities are not expanded.
router.post('/invoices/validate', function (req, res) {
  const doc = libxmljs.parseXmlString(req.body, { noent: false, nonet: true });
  res.json({ valid: doc.errors.length === 0 });
});

// Safe: default options (no entity substitution).
router.post('/notes', function (req, res) {
  const doc = libxmljs.parseXml(req.body);
  res.json({ title: doc.get('//title').text() });
});

module.exports = router;
