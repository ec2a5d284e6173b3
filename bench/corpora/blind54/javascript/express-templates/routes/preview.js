const express = require('express');
const { ejs, pug, Handlebars, _, renderNamed } = require('../lib/templates');

const router = express.Router();

router.post('/ejs', (req, res) => {
  const { template = '<p><%= name %></p>', name = 'world' } = req.body;
  // expect: template-injection
  const html = ejs.render(template, { name });
  res.type('html').send(html);
});

router.post('/ejs-file', (req, res) => {
  const { name = 'world' } = req.body;
  res.render('greeting', { name });
});

router.post('/pug', (req, res) => {
  let source = req.body.layout;
  if (!source) source = 'p Hello #{name}';
  // expect: template-injection
  const html = pug.render(source, { name: req.body.name || 'world' });
  res.send(html);
});

router.post('/pug-fixed', (req, res) => {
  const html = pug.render('p Hello #{name}', { name: req.body.name || 'world' });
  res.send(html);
});

router.post('/hbs', (req, res) => {
  const parts = [];
  parts.push('<header>{{brand}}</header>');
  parts.push(req.body.body || '<p>{{message}}</p>');
  parts.push('<footer>&copy;</footer>');
  // expect: template-injection
  const tpl = Handlebars.compile(parts.join('\n'));
  res.send(tpl({ brand: res.locals.brand, message: req.body.message }));
});

router.post('/hbs-named', (req, res) => {
  res.send(renderNamed('welcome', { name: req.body.name, message: req.body.message }));
});

router.get('/lodash', (req, res) => {
  const greeting = req.query.greeting ?? 'Hello <%- user %>';
  // expect: template-injection
  const render = _.template(greeting);
  res.send(render({ user: 'guest' }));
});

router.get('/lodash-named', (req, res) => {
  res.send(renderNamed('invoice', { number: req.query.n, customer: req.query.c }));
});

module.exports = router;
