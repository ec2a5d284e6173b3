'use strict';

const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');

const app = express();
const redis = createClient({ url: process.env.REDIS_URL });
redis.connect().catch((err) => console.error('redis', err));

const isProd = process.env.NODE_ENV === 'production';

app.set('trust proxy', 1);

app.use(
  '/admin',
  session({
    name: 'admin.sid',
    store: new RedisStore({ client: redis, prefix: 'admin:' }),
    secret: [process.env.ADMIN_SESSION_SECRET, process.env.ADMIN_SESSION_SECRET_PREVIOUS].filter(Boolean),
    resave: false,
    saveUninitialized: false,
    cookie: { secure: isProd, httpOnly: true, sameSite: 'strict', maxAge: 60 * 60 * 1000 },
  })
);

app.use(session({
  name: 'shop.sid',
  store: new RedisStore({ client: redis, prefix: 'shop:' }),
  // expect: secret
  secret: 'shop-session-secret-7f3a9c1e',
  resave: false,
  saveUninitialized: false,
  cookie: { secure: isProd, httpOnly: true, sameSite: 'lax', maxAge: 7 * 24 * 60 * 60 * 1000 },
}));

app.get('/cart', (req, res) => {
  req.session.views = (req.session.views || 0) + 1;
  res.json({ items: req.session.cart || [], views: req.session.views });
});

app.post('/logout', (req, res) => {
  req.session.destroy(() => {
    res.clearCookie('shop.sid');
    res.redirect('/');
  });
});

module.exports = app;
