// express-session: genid / remember-me cookies from Math.random, next to crypto-backed ones
const express = require('express');
const session = require('express-session');
const crypto = require('crypto');

const app = express();

const sessionOptions = {
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  // expect: insecure-random
  genid: () => Math.random().toString(36).slice(2) + Date.now().toString(36),
};

const adminSessionOptions = {
  secret: process.env.ADMIN_SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  genid: () => crypto.randomUUID(),
};

app.use('/admin', session(adminSessionOptions));
app.use(session(sessionOptions));

app.post('/remember-me', (req, res) => {
  // expect: insecure-random
  const rememberToken = Math.floor(Math.random() * Number.MAX_SAFE_INTEGER).toString(36);
  res.cookie('remember', rememberToken, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.json({ ok: true });
});

app.post('/remember-me-secure', (req, res) => {
  const rememberToken = crypto.randomBytes(32).toString('base64url');
  res.cookie('remember', rememberToken, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.json({ ok: true });
});

app.get('/ab', (req, res) => {
  const bucket = Math.random() < 0.5 ? 'a' : 'b';
  res.json({ bucket });
});

module.exports = app;
