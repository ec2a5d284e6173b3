// Imports supplier price lists (XML) uploaded through the partner portal.
const fs = require('fs');
const path = require('path');
const express = require('express');
const multer = require('multer');
const libxmljs = require('libxmljs');

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: 5 * 1024 * 1024 } });
const router = express.Router();

// Our own unit table ships with the service and uses entities for unit names.
const UNITS_XML = fs.readFileSync(path.join(__dirname, 'data', 'units.xml'), 'utf8');
const unitsDoc = libxmljs.parseXml(UNITS_XML, { noent: true });

const STRICT_OPTIONS = { noent: false, nonet: true, dtdload: false };

function toRows(doc) {
  return doc.find('//item').map((item) => ({
    sku: item.attr('sku') && item.attr('sku').value(),
    price: Number(item.get('price') && item.get('price').text()),
    unit: unitsDoc.get(`//unit[@code="${(item.get('unit') && item.get('unit').text() || '').replace(/[^A-Z]/g, '')}"]`),
  }));
}

router.post('/price-lists', upload.single('file'), (req, res) => {
  try {
    const doc = libxmljs.parseXml(req.file.buffer.toString('utf8'), STRICT_OPTIONS);
    res.json({ rows: toRows(doc).length });
  } catch (err) {
    res.status(422).json({ error: 'invalid XML' });
  }
});

// The v1 endpoint keeps entity expansion on because one supplier's files rely on it.
const LEGACY_OPTIONS = { noent: true, noblanks: true };

router.post('/v1/price-lists', upload.single('file'), (req, res) => {
  try {
    // expect: xxe
    const doc = libxmljs.parseXml(req.file.buffer.toString('utf8'), LEGACY_OPTIONS);
    res.json({ rows: toRows(doc).length });
  } catch (err) {
    res.status(422).json({ error: 'invalid XML' });
  }
});

router.post('/price-lists/validate', express.text({ type: 'application/xml' }), (req, res) => {
  try {
    const doc = libxmljs.parseXml(req.body);
    res.json({ root: doc.root().name() });
  } catch (err) {
    res.status(422).json({ error: 'invalid XML' });
  }
});

module.exports = router;
