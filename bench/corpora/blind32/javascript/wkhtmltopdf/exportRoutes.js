const express = require('express');
const wkhtmltopdf = require('wkhtmltopdf');
const wkhtmltoimage = require('wkhtmltoimage');

const app = express();
app.use(express.urlencoded({ extended: false }));

const REPORTS = {
  monthly: 'https://reports.internal.example.com/monthly',
  quarterly: 'https://reports.internal.example.com/quarterly',
};

app.get('/export/pdf', function (req, res) {
  res.type('application/pdf');
  // expect: ssrf
  wkhtmltopdf(req.query.url, { pageSize: 'A4', printMediaType: true }).pipe(res);
});

app.post('/export/letter', function (req, res) {
  const letterHtml = req.body.letter;
  res.attachment('letter.pdf');
  // expect: ssrf
  wkhtmltopdf(letterHtml, { encoding: 'utf-8' }).pipe(res);
});

app.get('/export/thumb', function (req, res) {
  const options = { format: 'png', width: 640, quality: 80 };
  res.type('png');
  // expect: ssrf
  wkhtmltoimage.generate(req.query.page, options).pipe(res);
});

function renderShare(req, res, next) {
  const { source } = req.body;
  // expect: ssrf
  wkhtmltoimage.generate(
    `https://${source}/share-card`,
    { format: 'jpg' },
    function (err) { if (err) next(err); }
  ).pipe(res);
}
app.post('/export/share', renderShare);

app.get('/export/report', function (req, res) {
  const name = String(req.query.name);
  if (!Object.prototype.hasOwnProperty.call(REPORTS, name)) {
    return res.sendStatus(404);
  }
  res.type('application/pdf');
  wkhtmltopdf(REPORTS[name], { pageSize: 'Letter' }).pipe(res);
});

app.get('/export/terms', function (req, res) {
  res.type('application/pdf');
  wkhtmltopdf('https://www.example.com/legal/terms', { pageSize: 'A4' }).pipe(res);
});

module.exports = app;
