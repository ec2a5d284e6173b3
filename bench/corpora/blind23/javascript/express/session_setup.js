// express: session and cookie setup for the account portal
const express = require('express');
const cookieSession = require('cookie-session');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');

const app = express();
const redis = createClient({ url: process.env.REDIS_URL });
redis.connect().catch(console.error);

const isProd = process.env.NODE_ENV === 'production';

app.use(
  cookieSession({
    name: 'portal.sid',
    keys: [process.env.COOKIE_KEY_A, process.env.COOKIE_KEY_B],
    // expect: insecure-cookie
    httpOnly: false,
    secure: isProd,
    maxAge: 8 * 60 * 60 * 1000,
  })
);

const adminSessionOptions = {
  store: new RedisStore({ client: redis }),
  // expect: hardcoded-secret
  secret: 'admin-portal-2024-secret',
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'strict' },
};

const partnerSessionOptions = {
  store: new RedisStore({ client: redis, prefix: 'partner:' }),
  secret: process.env.PARTNER_SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: isProd, sameSite: 'lax', maxAge: 3600000 },
};

app.use('/admin', session(adminSessionOptions));
app.use('/partner', session(partnerSessionOptions));

app.get('/prefs/theme', (req, res) => {
  // A UI preference read by client script: not sensitive.
  res.cookie('theme', req.query.dark ? 'dark' : 'light', { maxAge: 31536000000, sameSite: 'lax' });
  res.sendStatus(204);
});

app.post('/login/remember', (req, res) => {
  const token = req.session && req.session.rememberToken;
  // expect: insecure-cookie
  res.cookie('remember_me', token, { maxAge: 2592000000, httpOnly: false, secure: false });
  res.cookie('remember_me_v2', token, { maxAge: 2592000000, httpOnly: true, secure: true, sameSite: 'lax' });
  res.sendStatus(204);
});

module.exports = app;
