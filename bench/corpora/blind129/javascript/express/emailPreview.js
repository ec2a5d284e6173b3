'use strict';

const express = require('express');
const pug = require('pug');
const ejs = require('ejs');
const Handlebars = require('handlebars');
const path = require('path');

const app = express();
app.use(express.json({ limit: '200kb' }));

const TEMPLATE_DIR = path.join(__dirname, 'templates', 'email');

// Marketing staff paste a template into the editor and see it rendered.
app.post('/email/preview/pug', function preview(req, res) {
  // expect: code-injection
  const render = pug.compile(req.body.template, { pretty: true });
  res.send(render({ firstName: 'Ada', plan: 'Pro' }));
});

app.post('/email/preview/ejs', function previewEjs(req, res) {
  const source = req.body.source;
  // expect: code-injection
  res.send(ejs.render(source, { firstName: 'Ada', unsubscribeUrl: '#' }));
});

app.get('/email/subject', function subject(req, res) {
  // expect: code-injection
  const tpl = Handlebars.compile('Hi {{name}}, ' + req.query.subjectLine);
  res.json({ subject: tpl({ name: 'Ada' }) });
});

app.get('/email/welcome', function welcome(req, res) {
  const html = pug.renderFile(path.join(TEMPLATE_DIR, 'welcome.pug'), { firstName: req.query.name });
  res.send(html);
});

app.get('/email/receipt', function receipt(req, res) {
  ejs.renderFile(path.join(TEMPLATE_DIR, 'receipt.ejs'), { orderId: req.query.order }, function (err, html) {
    if (err) return res.status(500).end();
    return res.send(html);
  });
});

const footer = Handlebars.compile('<p>{{company}} &middot; {{address}}</p>');
app.get('/email/footer', function footerRoute(req, res) {
  res.send(footer({ company: 'Acme', address: req.query.city }));
});

module.exports = app;
