// library: ejs (unescaped <%- %> output)
const express = require('express');
const ejs = require('ejs');
const sanitizeHtml = require('sanitize-html');

const app = express();

const commentTpl = ejs.compile('<article><h3><%= author %></h3><div><%- body %></div></article>');
const layoutTpl = ejs.compile('<main><%- include("partials/nav") %><%- content %></main>', { filename: 'views/layout.ejs' });

app.get('/comments/:id', async (req, res) => {
  const c = await req.app.locals.comments.get(req.params.id);
  // expect: xss
  res.send(commentTpl({ author: c.author, body: c.body }));
});

app.get('/comments/:id/safe', async (req, res) => {
  const c = await req.app.locals.comments.get(req.params.id);
  res.send(commentTpl({ author: c.author, body: sanitizeHtml(c.body) }));
});

app.get('/notice', (req, res) => {
  // expect: xss
  res.send(ejs.render('<div class="notice"><%- msg %></div>', { msg: req.query.msg }));
});

app.get('/greeting', (req, res) => {
  res.send(ejs.render('<p>Hi <%= who %></p>', { who: req.query.who }));
});

app.get('/dashboard', (req, res) => {
  const content = ejs.render('<h1><%= title %></h1>', { title: req.query.title });
  res.send(layoutTpl({ content }));
});

module.exports = app;
