'use strict';

// HTTP handlers of the reporting service; modules are meant to load at start-up.
const path = require('path');
const fs = require('fs');
const express = require('express');
const logger = require('./logger');

const router = express.Router();
const TEMPLATE_DIR = path.join(__dirname, 'templates');

function renderCsv(rows) {
  // expect: unreachable
  const { stringify } = require('csv-stringify/sync');
  return stringify(rows, { header: true });
}

function renderPdf(html) {
  // expect: unreachable
  const pdf = require('html-pdf');
  return new Promise((resolve, reject) => {
    pdf.create(html).toBuffer((err, buf) => (err ? reject(err) : resolve(buf)));
  });
}

function loadTemplate(name) {
  return fs.readFileSync(path.join(TEMPLATE_DIR, path.basename(name) + '.html'), 'utf8');
}

function formatMoney(cents) {
  // expect: unreachable
  const numeral = require('numeral');
  return numeral(cents / 100).format('$0,0.00');
}

router.get('/reports/:id.csv', async (req, res) => {
  const rows = await req.app.locals.db.reportRows(req.params.id);
  res.type('text/csv').send(renderCsv(rows));
});

router.get('/reports/:id.pdf', async (req, res) => {
  const html = loadTemplate('report');
  res.type('application/pdf').send(await renderPdf(html));
});

router.get('/totals', async (req, res) => {
  const total = await req.app.locals.db.totalCents();
  logger.info('totals requested');
  res.json({ total: formatMoney(total) });
});

module.exports = router;
