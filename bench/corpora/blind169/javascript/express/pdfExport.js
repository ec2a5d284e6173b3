'use strict';

// PDF exports for the analytics dashboard. wkhtmltopdf runs on the app
// server, inside the VPC, next to the metrics and admin services.
var express = require('express');
var wkhtmltopdf = require('wkhtmltopdf');
var reports = require('../services/reports');

var REPORT_ORIGIN = process.env.REPORT_ORIGIN || 'http://127.0.0.1:4000';
var PDF_OPTIONS = { pageSize: 'A4', marginTop: '12mm', marginBottom: '12mm' };

var app = express();

app.get('/export/report/:id.pdf', function (req, res) {
  var id = Number(req.params.id);
  if (!Number.isInteger(id) || id <= 0) {
    return res.status(400).send('Bad report id');
  }
  res.set('Content-Type', 'application/pdf');
  res.set('Content-Disposition', 'attachment; filename="report-' + id + '.pdf"');
  wkhtmltopdf(REPORT_ORIGIN + '/reports/' + id + '/print', PDF_OPTIONS).pipe(res);
});

app.get('/export/page.pdf', function (req, res) {
  res.set('Content-Type', 'application/pdf');
  // expect: ssrf
  wkhtmltopdf(req.query.url, PDF_OPTIONS).pipe(res);
});

app.post('/export/summary.pdf', express.json(), function (req, res, next) {
  var range = reports.parseRange(req.body.from, req.body.to);
  reports.summary(range).then(function (summary) {
    app.render('summary-pdf', { summary: summary }, function (err, html) {
      if (err) {
        return next(err);
      }
      res.set('Content-Type', 'application/pdf');
      wkhtmltopdf(html, PDF_OPTIONS).pipe(res);
    });
  }).catch(next);
});

app.get('/export/cover.pdf', function (req, res) {
  res.set('Content-Type', 'application/pdf');
  wkhtmltopdf('<h1>Quarterly report</h1><p>Internal use only</p>', PDF_OPTIONS).pipe(res);
});

module.exports = app;
