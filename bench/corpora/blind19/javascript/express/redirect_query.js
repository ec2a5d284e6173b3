// Express: res.redirect with query/body values, defaults, and an allow-list
const express = require('express');

const app = express();
app.use(express.urlencoded({ extended: false }));

const ALLOWED_HOSTS = new Set(['app.example.com', 'docs.example.com']);

app.get('/login/done', (req, res) => {
  // expect: open-redirect
  res.redirect(req.query.next);
});

app.post('/login', (req, res) => {
  // ... authenticate ...
  // expect: open-redirect
  res.redirect(302, req.body.returnTo);
});

app.get('/logout', (req, res) => {
  // expect: open-redirect
  res.redirect(req.query.continue || '/');
});

app.get('/go', (req, res) => {
  let target;
  try {
    target = new URL(String(req.query.url));
  } catch {
    return res.redirect('/');
  }
  if (target.protocol !== 'https:' || !ALLOWED_HOSTS.has(target.hostname)) return res.redirect('/');
  res.redirect(target.toString());
});

app.get('/back', (req, res) => {
  const next = String(req.query.next || '/');
  const local = next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\');
  res.redirect(local ? next : '/');
});

app.get('/home', (_req, res) => res.redirect(301, '/dashboard'));

module.exports = app;
