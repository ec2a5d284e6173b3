// library: pug (unescaped != output and &attributes)
const express = require('express');
const pug = require('pug');
const DOMPurify = require('isomorphic-dompurify');

const app = express();

const postView = pug.compile('article\n  h1= title\n  div.content!= body');
const linkView = pug.compile('a(href=href)&attributes(extra)= label');
const plainView = pug.compile('article\n  h1= title\n  p= body');

app.get('/posts/:slug', async (req, res) => {
  const post = await req.app.locals.posts.bySlug(req.params.slug);
  // expect: xss
  res.send(postView({ title: post.title, body: post.userHtml }));
});

app.get('/posts/:slug/clean', async (req, res) => {
  const post = await req.app.locals.posts.bySlug(req.params.slug);
  res.send(postView({ title: post.title, body: DOMPurify.sanitize(post.userHtml) }));
});

app.get('/link', (req, res) => {
  // expect: xss
  res.send(linkView({ href: '/home', label: 'Home', extra: req.query }));
});

app.get('/note', (req, res) => {
  res.send(plainView({ title: 'Note', body: req.query.text }));
});

app.get('/motd', (req, res) => {
  // expect: xss
  res.send(pug.render('p.motd!= message', { message: req.query.message }));
});

app.get('/footer', (req, res) => {
  res.send(pug.render('footer!= html', { html: '<small>&copy; Example Ltd</small>' }));
});

module.exports = app;
