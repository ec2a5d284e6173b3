const express = require('express');
const pug = require('pug');
const ejs = require('ejs');
const nunjucks = require('nunjucks');
const _ = require('lodash');
const Handlebars = require('handlebars');

const app = express();
app.use(express.urlencoded({ extended: false }));
app.use(express.json());

const cardTemplate = pug.compileFile(__dirname + '/views/card.pug');
const greet = _.template('<p>Hello <%- name %></p>');

app.post('/preview/pug', function previewPug(req, res) {
  // expect: template-injection
  const fn = pug.compile(req.body.template, { pretty: true });
  res.type('html').end(fn({ user: req.user }));
});

app.get('/preview/ejs', function previewEjs(req, res) {
  const tpl = '<h1>' + req.query.title + '</h1><p><%= body %></p>';
  // expect: template-injection
  const html = ejs.render(tpl, { body: 'Preview' });
  res.type('html').end(html);
});

app.post('/preview/email', function previewEmail(req, res) {
  const { subject, layout } = req.body;
  // expect: template-injection
  const out = nunjucks.renderString(`{% extends "base.njk" %}{% block body %}${layout}{% endblock %}`, { subject });
  res.type('html').end(out);
});

app.post('/preview/snippet', function previewSnippet(req, res) {
  // expect: template-injection
  const compiled = _.template(req.body.snippet);
  res.json({ html: compiled({ user: req.user }) });
});

app.post('/preview/card', function previewCard(req, res) {
  // expect: template-injection
  const render = Handlebars.compile(req.body.source);
  res.json({ html: render({ name: req.body.name }) });
});

app.get('/card/:name', function card(req, res) {
  // Safe: a compiled file template; request data is only the context.
  res.type('html').end(cardTemplate({ name: req.params.name }));
});

app.get('/hello', function hello(req, res) {
  // Safe: a constant template compiled once; the name is escaped by <%- %>.
  res.json({ html: greet({ name: req.query.name }) });
});

app.get('/terms', function terms(req, res) {
  // Safe: a constant template; request data is only the context, escaped by <%= %>.
  res.type('html').end(ejs.render('<p><%= lang %></p>', { lang: req.query.lang }));
});

module.exports = app;
