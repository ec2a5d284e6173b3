'use strict';

const express = require('express');
const pug = require('pug');
const ejs = require('ejs');
const handlebars = require('handlebars');
const path = require('path');
const fs = require('fs');

const router = express.Router();
const TEMPLATES = path.join(__dirname, 'templates');
const welcomeTemplate = fs.readFileSync(path.join(TEMPLATES, 'welcome.ejs'), 'utf8');
const compiledFooter = pug.compileFile(path.join(TEMPLATES, 'footer.pug'));

// Template previews for the email designer.
router.post('/preview/pug', function previewPug(req, res) {
  // expect: code-injection
  const html = pug.render(req.body.template, { user: req.user });
  res.send(html);
});

router.get('/preview/ejs', function previewEjs(req, res) {
  // expect: code-injection
  res.send(ejs.render(req.query.tpl, { user: req.user }));
});

router.post('/preview/hbs', function previewHbs(req, res) {
  const source = req.body.source;
  // expect: code-injection
  const template = handlebars.compile(source);
  res.send(template({ user: req.user }));
});

// Look-alikes: fixed templates from disk, request values passed only as data.
router.post('/welcome', function welcome(req, res) {
  res.send(ejs.render(welcomeTemplate, { name: req.body.name }));
});

router.get('/footer', function footer(req, res) {
  res.send(compiledFooter({ year: new Date().getFullYear(), locale: req.query.locale }));
});

router.get('/page/:name', function page(req, res) {
  res.render(path.basename(req.params.name), { user: req.user });
});

module.exports = router;
