// library: express + ejs / pug / handlebars (templates compiled from request data)
const express = require('express');
const ejs = require('ejs');
const pug = require('pug');
const Handlebars = require('handlebars');

const app = express();
app.use(express.json());

const receiptTemplate = Handlebars.compile('<p>Thanks {{name}}, order {{orderId}} is confirmed.</p>');

app.post('/emails/preview', (req, res) => {
  // expect: template-injection
  const html = ejs.render(req.body.template, { user: req.user });
  res.send(html);
});

app.post('/cards/render', (req, res) => {
  // expect: template-injection
  const fn = pug.compile(req.body.layout);
  res.type('html').send(fn({ title: 'Card' }));
});

app.get('/banner', (req, res) => {
  // expect: template-injection
  const tpl = Handlebars.compile(`<div class="banner">${req.query.message}</div>`);
  res.send(tpl({}));
});

app.get('/receipt/:orderId', (req, res) => {
  res.send(receiptTemplate({ name: req.query.name, orderId: req.params.orderId }));
});

app.get('/welcome', (req, res) => {
  const html = ejs.render('<h1>Welcome <%= name %></h1>', { name: req.query.name });
  res.send(html);
});

app.get('/profile', (req, res) => {
  res.send(pug.renderFile('views/profile.pug', { user: req.user, tab: req.query.tab }));
});

module.exports = app;
