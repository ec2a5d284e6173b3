// library: Express / express-session / cors / cookie-parser
const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const cors = require('cors');

const app = express();
app.disable('x-powered-by');
app.use(express.json());
app.use(cookieParser(process.env.COOKIE_SECRET));

app.use(
  session({
    name: 'sid',
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 3600000 },
  }),
);

const corsWithCreds = {
  // expect: cors-misconfiguration
  origin: '*',
  credentials: true,
};
app.use('/api/widgets', cors(corsWithCreds));
app.use('/api/status', cors({ origin: '*' }));
app.use('/api/account', cors({ origin: ['https://app.example.com'], credentials: true }));

app.use('/api/reflect', (req, res, next) => {
  // expect: cors-misconfiguration
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.get('/api/status', (req, res) => res.json({ ok: true }));

app.post('/api/login', (req, res) => {
  const token = req.user ? req.user.token : '';
  // expect: insecure-cookie
  res.cookie('auth', token, { maxAge: 86400000, httpOnly: false });
  res.json({ ok: true });
});

app.post('/api/login-v2', (req, res) => {
  const token = req.user ? req.user.token : '';
  res.cookie('auth', token, { maxAge: 86400000, httpOnly: true, secure: true, sameSite: 'strict' });
  res.json({ ok: true });
});

app.post('/api/consent', (req, res) => {
  res.cookie('consent', 'yes', { maxAge: 31536000000, sameSite: 'lax' });
  res.sendStatus(204);
});

module.exports = app;
