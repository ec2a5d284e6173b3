'use strict';

const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');

const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);

const app = express();

// Main web session.
app.use(
  // expect: insecure-cookie
  session({
    store: new RedisStore({ client: redisClient }),
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
  }),
);

// The widget iframe keeps a small signed cookie.
const widgetCookie = {
  name: 'widget',
  keys: [process.env.WIDGET_KEY_1, process.env.WIDGET_KEY_2],
  maxAge: 24 * 60 * 60 * 1000,
};
// expect: insecure-cookie
app.use('/widget', cookieSession(widgetCookie));

function adminSession() {
  const opts = { secret: process.env.ADMIN_SESSION_SECRET, resave: false, saveUninitialized: false };
  opts.name = 'admin.sid';
  opts.cookie = { httpOnly: true, path: '/admin', domain: 'admin.example.com', expires: new Date(Date.now() + 3600e3) };
  // expect: insecure-cookie
  return session(opts);
}
app.use('/admin', adminSession());

// expect: insecure-cookie
const legacy = session({ secret: process.env.LEGACY_SECRET, cookie: { secure: true, maxAge: 3600e3 } });
app.use('/legacy', legacy);

// Safe: named cookie, secure, httpOnly, scoped and expiring.
const hardened = session({
  name: 'app.sid',
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: {
    secure: true,
    httpOnly: true,
    sameSite: 'lax',
    domain: 'app.example.com',
    path: '/',
    expires: new Date(Date.now() + 8 * 3600e3),
  },
});
app.use('/app', hardened);

module.exports = app;
