const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const helmet = require('helmet');
const cors = require('cors');
const crypto = require('crypto');

const app = express();
app.use(helmet());
app.disable('x-powered-by');
app.use(express.json({ limit: '100kb' }));
// expect: express-hardcoded-cookie-secret
app.use(cookieParser('cookie-signing-secret'));

app.use(session({
  // expect: express-session-hardcoded-secret
  secret: 'keyboard cat',
  resave: false,
  saveUninitialized: true,
  // expect: express-session-insecure-cookie
  cookie: { secure: false },
}));

app.use('/v2', session({
  secret: process.env.SESSION_SECRET,
  name: 'sid',
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'strict', maxAge: 3600000 },
}));

// expect: cors-credentials-any-origin
app.use('/api', cors({ origin: true, credentials: true }));
app.use('/public', cors());
app.use('/partner', cors({ origin: ['https://app.example-partner.com'], credentials: true }));

app.post('/login', (req, res) => {
  const token = crypto.randomBytes(32).toString('hex');
  // expect: express-cookie-no-httponly
  res.cookie('auth_token', token, { secure: true });
  res.json({ ok: true });
});

app.post('/login/v2', (req, res) => {
  const token = crypto.randomBytes(32).toString('hex');
  res.cookie('auth_token', token, { secure: true, httpOnly: true, sameSite: 'strict' });
  res.json({ ok: true });
});

app.get('/theme/:name', (req, res) => {
  res.cookie('theme', ['light', 'dark'].includes(req.params.name) ? req.params.name : 'light', { sameSite: 'lax' });
  res.redirect('/');
});

app.post('/remember', (req, res) => {
  // expect: express-cookie-insecure
  res.cookie('remember', crypto.randomUUID(), { httpOnly: true, secure: false, maxAge: 30 * 86400000 });
  res.end();
});

module.exports = app;
