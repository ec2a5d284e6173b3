// Loads report exporters for the analytics API. Exporters live in ./exporters.
const path = require('path');
const express = require('express');

const router = express.Router();

const EXPORTER_DIR = path.join(__dirname, 'exporters');

// Fixed table: the key comes from the request, the module path never does.
const BUILTIN_EXPORTERS = {
  csv: './exporters/csv',
  xlsx: './exporters/xlsx',
  pdf: './exporters/pdf',
};

const SUPPORTED_LOCALES = new Set(['en', 'de', 'fr', 'es']);

function loadBuiltin(format) {
  if (!Object.prototype.hasOwnProperty.call(BUILTIN_EXPORTERS, format)) {
    return null;
  }
  return require(BUILTIN_EXPORTERS[format]);
}

function loadLocale(lang) {
  const safe = SUPPORTED_LOCALES.has(lang) ? lang : 'en';
  return require(path.join(__dirname, 'locales', safe + '.json'));
}

router.get('/reports/:id/export', async (req, res, next) => {
  try {
    const exporter = loadBuiltin(req.query.format);
    if (!exporter) {
      return res.status(400).json({ error: 'unsupported format' });
    }
    const strings = loadLocale(req.query.lang);
    const report = await req.app.locals.reports.find(req.params.id);
    res.type(exporter.contentType);
    return exporter.write(report, strings, res);
  } catch (err) {
    return next(err);
  }
});

// "Community exporters" were added for the partner portal: partners name the exporter in the URL.
router.get('/reports/:id/export/community/:name', async (req, res, next) => {
  try {
    // expect: code-injection
    const exporter = require(path.join(EXPORTER_DIR, 'community', req.params.name));
    const report = await req.app.locals.reports.find(req.params.id);
    res.type(exporter.contentType || 'application/octet-stream');
    return exporter.write(report, loadLocale('en'), res);
  } catch (err) {
    return next(err);
  }
});

module.exports = router;
