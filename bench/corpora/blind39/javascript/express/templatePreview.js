const express = require('express');
const fs = require('fs');
const path = require('path');
const pug = require('pug');
const ejs = require('ejs');
const nunjucks = require('nunjucks');
const _ = require('lodash');
const Handlebars = require('handlebars');
const doT = require('dot');

const router = express.Router();
const INVOICE_TEMPLATE = fs.readFileSync(path.join(__dirname, 'views', 'invoice.ejs'), 'utf8');

router.post('/emails/preview', function previewEmail(req, res) {
  // expect: template-injection
  const html = pug.render(req.body.template, { user: req.user });
  res.send(html);
});

router.get('/greeting', function (req, res) {
  const greeting = `Hello ${req.query.name}, welcome back!`;
  // expect: template-injection
  res.send(nunjucks.renderString(greeting, { site: 'Shop' }));
});

router.post('/snippets/render', (req, res) => {
  const { source, data } = req.body;
  // expect: template-injection
  res.send(ejs.render(source, data));
});

router.post('/subjects', function (req, res) {
  // expect: template-injection
  const compiled = _.template(req.body.subject);
  res.json({ subject: compiled({ order: req.body.orderId }) });
});

router.put('/layouts/:name', function saveLayout(req, res) {
  const layoutSource = req.body.layout;
  // expect: template-injection
  const layout = Handlebars.compile(layoutSource);
  res.send(layout({ title: req.params.name }));
});

router.get('/banner', function banner(req, res) {
  // expect: template-injection
  const tmpl = doT.template('<div class="banner">' + req.query.text + '</div>');
  res.send(tmpl({}));
});

// Safe: a fixed template; request values are only data.
router.get('/invoices/:id', function (req, res) {
  res.send(ejs.render(INVOICE_TEMPLATE, { id: req.params.id, customer: req.query.customer }));
});

// Safe: a template compiled from a file on disk, and a view rendered by name.
const receipt = Handlebars.compile(fs.readFileSync(path.join(__dirname, 'views', 'receipt.hbs'), 'utf8'));
router.get('/receipts/:id', function (req, res) {
  res.send(receipt({ id: req.params.id }));
});
router.get('/profile', function (req, res) {
  res.render('profile', { name: req.query.name });
});

module.exports = router;
