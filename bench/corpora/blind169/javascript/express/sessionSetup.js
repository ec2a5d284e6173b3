'use strict';

// Session middleware for the customer portal and the back office. Both
// run behind the load balancer, which terminates TLS.
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { redisClient } = require('./redis');

const isProduction = process.env.NODE_ENV === 'production';
const EIGHT_HOURS = 8 * 60 * 60 * 1000;

function portalSession() {
  return session({
    name: 'portal.sid',
    store: new RedisStore({ client: redisClient, prefix: 'portal:' }),
    secret: process.env.PORTAL_SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: {
      httpOnly: true,
      // expect: tls-verify-off
      secure: false,
      sameSite: 'lax',
      maxAge: EIGHT_HOURS,
    },
  });
}

function backOfficeSession(app) {
  app.set('trust proxy', 1);
  return session({
    name: 'bo.sid',
    store: new RedisStore({ client: redisClient, prefix: 'bo:' }),
    secret: process.env.BACKOFFICE_SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: {
      httpOnly: true,
      secure: true,
      sameSite: 'strict',
      domain: 'backoffice.example-shop.com',
      path: '/',
      expires: new Date(Date.now() + EIGHT_HOURS),
    },
  });
}

function devSession() {
  return session({
    name: 'dev.sid',
    secret: process.env.DEV_SESSION_SECRET,
    resave: false,
    saveUninitialized: true,
    cookie: { httpOnly: true, secure: false },
  });
}

module.exports = function install(app) {
  if (!isProduction) {
    app.use(devSession());
    return;
  }
  app.use('/portal', portalSession());
  app.use('/backoffice', backOfficeSession(app));
};
