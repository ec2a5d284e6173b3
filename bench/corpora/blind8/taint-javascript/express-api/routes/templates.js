// library: Express / ejs / pug / Handlebars
const express = require('express');
const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');

const router = express.Router();
const cardTemplate = pug.compileFile('views/card.pug');
const greeting = Handlebars.compile('<p>Hello {{name}}</p>');

router.post('/preview/ejs', (req, res) => {
  // expect: code-injection
  res.send(ejs.render(req.body.template, { user: req.user }));
});

router.post('/preview/pug', (req, res) => {
  // expect: code-injection
  const fn = pug.compile(req.body.source);
  res.send(fn({ user: req.user }));
});

router.get('/card', (req, res) => {
  res.send(cardTemplate({ name: req.query.name }));
});

router.get('/greeting', (req, res) => {
  res.send(greeting({ name: req.query.name }));
});

router.get('/greeting-raw', (req, res) => {
  // expect: xss
  const name = new Handlebars.SafeString(req.query.name);
  res.send(greeting({ name }));
});

router.get('/ejs-page', (req, res) => {
  res.render('page', { title: req.query.title });
});

module.exports = router;
