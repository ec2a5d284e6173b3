'use strict';
// Main HTTP server for the booking service.
const express = require('express');
const helmet = require('helmet');
const cors = require('cors');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { redisClient } = require('./redis');

const app = express();
app.use(helmet());
app.use(express.json({ limit: '100kb' }));

app.use('/public-api', cors({ origin: ['https://partners.example.com'], credentials: true }));
// expect: insecure-cors
app.use('/api', cors({ origin: '*', credentials: true }));

app.use(session({
  store: new RedisStore({ client: redisClient }),
  // expect: hardcoded-secret
  secret: 'booking-session-secret-2022',
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
}));

app.get('/health', (req, res) => res.json({ ok: true }));

app.get('/hello', (req, res) => {
  // expect: xss
  res.send(`<h1>Hello ${req.query.name}</h1>`);
});

app.get('/hello-json', (req, res) => {
  res.json({ greeting: `Hello ${req.query.name}` });
});

app.get('/goto', (req, res) => {
  // expect: open-redirect
  res.redirect(req.query.url);
});

app.get('/goto-internal', (req, res) => {
  const target = String(req.query.path || '/');
  if (!target.startsWith('/') || target.startsWith('//')) return res.redirect('/');
  res.redirect(target);
});

app.post('/login', async (req, res) => {
  const token = await issueToken(req.body.email, req.body.password);
  // expect: insecure-cookie
  res.cookie('token', token, { httpOnly: false });
  res.cookie('ui_lang', req.body.lang || 'en', { maxAge: 31536000000, sameSite: 'lax', secure: true });
  res.status(204).end();
});

async function issueToken() { return 'x'; }

module.exports = app;
