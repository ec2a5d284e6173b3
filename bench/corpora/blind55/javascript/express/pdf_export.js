'use strict';
const express = require('express');
const fs = require('fs');
const path = require('path');
const wkhtmltopdf = require('wkhtmltopdf');
const wkhtmltoimage = require('wkhtmltoimage');
const escapeHtml = require('escape-html');

const router = express.Router();
const INVOICE_ORIGIN = 'http://127.0.0.1:3000';
const COVER = path.join(__dirname, 'templates', 'cover.html');

router.get('/export/pdf', function (req, res) {
  res.type('application/pdf');
  // expect: ssrf
  wkhtmltopdf(req.query.url, { pageSize: 'A4' }).pipe(res);
});

router.post('/export/html', function exportHtml(req, res) {
  const html = req.body.html;
  res.attachment('document.pdf');
  // expect: ssrf
  wkhtmltopdf(html, { marginTop: '10mm', printMediaType: true }).pipe(res);
});

router.get('/export/site/:host', function (req, res, next) {
  const source = 'https://' + req.params.host + '/print';
  // expect: ssrf
  wkhtmltopdf(source, { output: '/tmp/site.pdf' }, (err) => (err ? next(err) : res.sendFile('/tmp/site.pdf')));
});

router.post('/export/thumbnail', function (req, res) {
  const { pageUrl } = req.body;
  // expect: ssrf
  wkhtmltoimage.generate(pageUrl, { format: 'png', width: 640 }).pipe(res.type('image/png'));
});

// Safe: our own invoice page on loopback, the id forced to an integer.
router.get('/invoices/:id/pdf', function (req, res) {
  const id = Number.parseInt(req.params.id, 10);
  if (!Number.isSafeInteger(id)) return res.status(400).end();
  res.type('application/pdf');
  return wkhtmltopdf(`${INVOICE_ORIGIN}/invoices/${id}/print`, { pageSize: 'A4' }).pipe(res);
});

// Safe: a bundled template; the request text is escaped before it goes in.
router.post('/export/letter', function (req, res) {
  const body = fs.readFileSync(COVER, 'utf8').replace('{{name}}', escapeHtml(String(req.body.name || '')));
  res.type('application/pdf');
  wkhtmltopdf(body, { disableJavascript: true, disableLocalFileAccess: true }).pipe(res);
});

router.get('/export/cover', (req, res) => {
  res.type('application/pdf');
  wkhtmltopdf(fs.createReadStream(COVER)).pipe(res);
});

module.exports = router;
