const express = require('express');
const wkhtmltoimage = require('wkhtmltoimage');
const wkhtmltopdf = require('wkhtmltopdf');

const app = express();
app.use(express.urlencoded({ extended: false }));

const BRAND_FOOTER = 'https://static.example.com/pdf/footer.html';

app.get('/preview.png', function preview(req, res) {
  res.type('png');
  // expect: ssrf
  wkhtmltoimage.generate(req.query.url, { width: 1280 }).pipe(res);
});

app.post('/export.pdf', function exportPdf(req, res) {
  res.attachment('export.pdf');
  // expect: ssrf
  wkhtmltopdf(req.body.html, { pageSize: 'A4', footerHtml: BRAND_FOOTER }).pipe(res);
});

app.get('/invoice/:id.pdf', function invoicePdf(req, res) {
  const page = 'https://' + req.query.host + '/invoices/' + req.params.id;
  res.type('pdf');
  // expect: ssrf
  wkhtmltopdf(page, { printMediaType: true }).pipe(res);
});

app.get('/thumb', function thumb(req, res) {
  const target = `${req.query.site}/index.html`;
  res.type('jpg');
  // expect: ssrf
  wkhtmltoimage.generate(target, { format: 'jpg', quality: 70 }).pipe(res);
});

app.get('/terms.pdf', function terms(req, res) {
  res.type('pdf');
  wkhtmltopdf('https://www.example.com/legal/terms', { pageSize: 'Letter' }).pipe(res);
});

app.get('/status.png', function status(req, res) {
  res.type('png');
  wkhtmltoimage.generate('https://status.example.com/', { width: 800 }).pipe(res);
});

app.listen(process.env.PORT || 3005);
