'use strict';

const express = require('express');
const pug = require('pug');
const Handlebars = require('handlebars');
const nunjucks = require('nunjucks');
const ejs = require('ejs');
const _ = require('lodash');

const app = express();
app.use(express.json());
const env = nunjucks.configure('views', { autoescape: true });

app.post('/emails/preview', function (req, res) {
  // expect: code-injection
  const render = Handlebars.compile(req.body.template);
  res.json({ html: render({ name: 'Ada', plan: 'Pro' }) });
});

app.post('/pages/preview', function (req, res) {
  const source = req.body.pug;
  // expect: code-injection
  const html = pug.render(source, { pretty: true, user: req.user });
  res.json({ html });
});

app.get('/greeting', function (req, res) {
  // expect: code-injection
  res.json({ text: nunjucks.renderString('Hello ' + req.query.name + '!', {}) });
});

app.post('/receipts/preview', function (req, res) {
  // expect: code-injection
  const out = ejs.render(req.body.layout, { items: req.body.items || [] });
  res.json({ html: out });
});

app.post('/snippets', function (req, res) {
  // expect: code-injection
  const tpl = _.template(`<p>${req.body.snippet}</p>`);
  res.json({ html: tpl({}) });
});

// Safe look-alikes: fixed templates with request data passed as values only.
const welcome = Handlebars.compile('<p>Welcome, {{name}}!</p>');

app.get('/welcome', function (req, res) {
  res.json({ html: welcome({ name: req.query.name }) });
});

app.get('/card', function (req, res) {
  res.json({ html: pug.renderFile('views/card.pug', { title: req.query.title }) });
});

app.get('/hello', function (req, res) {
  res.json({ text: env.renderString('Hello {{ name }}!', { name: req.query.name }) });
});

module.exports = app;
