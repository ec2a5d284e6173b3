// library: express-session / cookie-session / res.cookie (cookie flags)
const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');

const app = express();
app.set('trust proxy', 1);

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  // expect: insecure-cookie
  cookie: { secure: false, httpOnly: true, maxAge: 86400000 },
}));

const legacy = express();
legacy.use(cookieSession({
  name: 'sess',
  keys: [process.env.COOKIE_KEY],
  secure: true,
  httpOnly: true,
  sameSite: 'strict',
}));

app.post('/login', (req, res) => {
  // expect: insecure-cookie
  res.cookie('auth', req.user.token, { httpOnly: false, secure: true });
  res.cookie('sid', req.sessionID, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.cookie('theme', 'dark', { sameSite: 'lax' });
  res.redirect('/');
});

const widget = express();
widget.use(cookieSession({
  name: 'widget',
  keys: [process.env.WIDGET_KEY],
  // expect: insecure-cookie
  secure: false,
}));

module.exports = { app, legacy, widget };
