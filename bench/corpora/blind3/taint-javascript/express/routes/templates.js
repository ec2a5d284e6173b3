'use strict';

const express = require('express');
const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');
const path = require('path');

const router = express.Router();
const VIEWS = path.join(__dirname, '..', 'views');
const THEMES = new Set(['light', 'dark']);

router.get('/card', (req, res) => {
  const { title = 'Card' } = req.query;
  // expect: template-injection
  const html = ejs.render('<div class="card"><h3>' + title + '</h3></div>');
  res.send(html);
});

router.get('/card-safe', (req, res) => {
  const html = ejs.render('<div class="card"><h3><%= title %></h3></div>', { title: req.query.title || 'Card' });
  res.send(html);
});

router.post('/preview', (req, res) => {
  const source = req.body.template;
  // expect: template-injection
  const fn = pug.compile(source);
  res.send(fn({ user: req.user }));
});

router.get('/page', (req, res) => {
  const theme = THEMES.has(req.query.theme) ? req.query.theme : 'light';
  res.render(path.join(VIEWS, `page-${theme}.ejs`), { q: req.query.q });
});

router.get('/page-any', (req, res) => {
  // expect: path-traversal
  res.render(req.query.view, { q: req.query.q });
});

router.get('/hbs', (req, res) => {
  const tpl = Handlebars.compile('<p>{{greeting}}</p>');
  res.send(tpl({ greeting: req.query.greeting }));
});

router.get('/hbs-triple', (req, res) => {
  const tpl = Handlebars.compile('<p>{{{greeting}}}</p>');
  // expect: xss
  res.send(tpl({ greeting: req.query.greeting }));
});

module.exports = router;
