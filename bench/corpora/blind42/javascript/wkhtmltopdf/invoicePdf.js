const wkhtmltopdf = require('wkhtmltopdf');
const express = require('express');
const fs = require('fs');

const router = express.Router();
const TEMPLATE = '<h1>Invoice</h1>';

router.get('/invoice.pdf', (req, res) => {
  // expect: ssrf
  wkhtmltopdf(req.query.url, { pageSize: 'A4' }).pipe(res);
});

router.post('/render', express.json(), (req, res) => {
  const html = '<html><body>' + req.body.html + '</body></html>';
  // expect: ssrf
  wkhtmltopdf(html, { pageSize: 'letter', output: '/tmp/out.pdf' }, (err) => {
    if (err) return res.status(500).end();
    res.download('/tmp/out.pdf');
  });
});

function exportPage(target, outFile) {
  // expect: ssrf
  return wkhtmltopdf(target, {
    printMediaType: true,
    footerRight: '[page]/[toPage]',
  }).pipe(fs.createWriteStream(outFile));
}

router.get('/report/:id', (req, res) => {
  const url = `https://reports.example.com/${req.params.id}?token=${req.query.t}`;
  exportPage(url, '/tmp/r.pdf');
  // expect: ssrf
  wkhtmltopdf(`<iframe src="${req.query.embed}"></iframe>`, {}).pipe(res);
});

// Safe look-alikes: constant HTML and a fixed internal URL.
router.get('/blank.pdf', (req, res) => {
  wkhtmltopdf('<h1>Blank</h1>').pipe(res);
});

router.get('/template.pdf', (req, res) => {
  var page = "https://intranet.example.com/templates/standard";
  wkhtmltopdf(page, { pageSize: 'A4' }).pipe(res);
});

module.exports = { router, exportPage, TEMPLATE };
