'use strict';

// Session middleware for the customer portal, the admin console and the embedded widget.
const express = require('express');
const session = require('express-session');
const cookieSession = require('cookie-session');
const RedisStore = require('connect-redis').default;
const { redisClient } = require('./redis');

const ONE_DAY = 24 * 60 * 60 * 1000;

function portalApp() {
  const app = express();
  app.set('trust proxy', 1);
  app.use(
    // expect: insecure-cookie
    session({
      store: new RedisStore({ client: redisClient }),
      secret: process.env.SESSION_SECRET,
      resave: false,
      saveUninitialized: false,
    }),
  );
  return app;
}

function adminApp() {
  const app = express();
  const opts = {
    name: 'admin.sid',
    secret: process.env.ADMIN_SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, path: '/admin', maxAge: ONE_DAY },
  };
  // expect: insecure-cookie
  app.use(session(opts));
  return app;
}

function widgetApp() {
  const app = express();
  // expect: insecure-cookie
  app.use(cookieSession({ keys: [process.env.WIDGET_KEY_1, process.env.WIDGET_KEY_2], maxAge: ONE_DAY }));
  return app;
}

function partnerApp() {
  const app = express();
  const cookie = { secure: false, httpOnly: false, sameSite: 'none' };
  // expect: insecure-cookie
  app.use(session({ name: 'partner.sid', secret: process.env.PARTNER_SECRET, resave: false, saveUninitialized: true, cookie }));
  return app;
}

function hardenedApp() {
  const app = express();
  app.set('trust proxy', 1);
  app.use(session({
    name: '__Host-sid',
    store: new RedisStore({ client: redisClient }),
    secret: process.env.SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'lax', path: '/', maxAge: ONE_DAY },
  }));
  return app;
}

function checkoutApp() {
  const app = express();
  app.use(cookieSession({
    name: 'checkout',
    keys: [process.env.CHECKOUT_KEY],
    secure: true,
    httpOnly: true,
    sameSite: 'strict',
    maxAge: 30 * 60 * 1000,
  }));
  return app;
}

module.exports = { portalApp, adminApp, widgetApp, partnerApp, hardenedApp, checkoutApp };
