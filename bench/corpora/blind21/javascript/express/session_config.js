// express: sessions and cookies as configured in a mid-size app (express-session, cookie-parser, res.cookie)
const express = require('express');
const session = require('express-session');
const cookieParser = require('cookie-parser');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');
const { issueRefreshToken } = require('../services/auth');

const app = express();
const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);

app.set('trust proxy', 1);
app.use(cookieParser(process.env.COOKIE_SECRET));

app.use(
  session({
    store: new RedisStore({ client: redisClient, prefix: 'sess:' }),
    // expect: hardcoded-secret
    secret: 'keyboard cat',
    resave: false,
    saveUninitialized: false,
    // expect: insecure-cookie
    cookie: { httpOnly: false, secure: false, maxAge: 7 * 24 * 3600 * 1000 },
  })
);

const adminSession = session({
  name: 'admin.sid',
  secret: process.env.ADMIN_SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'strict', maxAge: 30 * 60 * 1000 },
});
app.use('/admin', adminSession);

app.post('/login', express.json(), async (req, res) => {
  const token = await issueRefreshToken(req.body.username, req.body.password);
  if (!token) return res.sendStatus(401);
  // expect: insecure-cookie
  res.cookie('refresh_token', token, { httpOnly: false, maxAge: 30 * 24 * 3600 * 1000 });
  res.cookie('rt', token, { httpOnly: true, secure: true, sameSite: 'lax', path: '/auth' });
  res.json({ ok: true });
});

app.post('/prefs', express.json(), (req, res) => {
  const theme = req.body.theme === 'dark' ? 'dark' : 'light';
  res.cookie('theme', theme, { maxAge: 365 * 24 * 3600 * 1000 });
  res.cookie('lang', String(req.body.lang || 'en').slice(0, 5), { sameSite: 'lax' });
  res.json({ theme });
});

app.post('/logout', (req, res) => {
  res.clearCookie('rt', { path: '/auth' });
  req.session.destroy(() => res.sendStatus(204));
});

module.exports = app;
