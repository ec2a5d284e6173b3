'use strict';

const express = require('express');
const ejs = require('ejs');
const path = require('path');
const { requireRole } = require('../auth/middleware');

const app = express.Router();

const TEMPLATE_DIR = path.join(__dirname, '..', 'emails');
const WELCOME = '<p>Hello <%= name %>, welcome to <%= shop %>!</p>';

// Shop owners edit their order-confirmation template and preview it here.
app.post('/email-templates/preview', requireRole('shop-owner'), function (req, res) {
  const sample = { name: 'Jane Doe', orderNumber: 'A-1001', total: '49.90' };
  // expect: code-injection
  const html = ejs.render(req.body.template, sample);
  res.send(html);
});

app.get('/email-templates/welcome', function (req, res) {
  const html = ejs.render(WELCOME, { name: req.query.name || 'there', shop: 'Example Shop' });
  res.send(html);
});

app.get('/email-templates/:name', requireRole('shop-owner'), function (req, res, next) {
  const name = path.basename(String(req.params.name));
  ejs.renderFile(path.join(TEMPLATE_DIR, name + '.ejs'), { name: req.user.displayName }, function (err, html) {
    if (err) return next(err);
    res.send(html);
  });
});

module.exports = app;
