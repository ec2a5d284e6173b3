// Session middleware of the storefront, the staff back office and the websocket server.
'use strict';

const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;

function storefront(redisClient) {
  const app = express();
  app.use(session({
    name: 'shop.sid',
    store: new RedisStore({ client: redisClient, prefix: 'shop:' }),
    // expect: secret
    secret: 'shopfront-session-secret-2019',
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
  }));
  return app;
}

function backOffice(redisClient) {
  const app = express();
  app.use(session({
    name: 'staff.sid',
    store: new RedisStore({ client: redisClient, prefix: 'staff:' }),
    secret: process.env.STAFF_SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'strict', maxAge: 8 * 3600 * 1000 },
  }));
  return app;
}

function rotatingSecrets(config) {
  return session({
    name: 'api.sid',
    secret: [config.sessionSecret, config.previousSessionSecret].filter(Boolean),
    resave: false,
    saveUninitialized: false,
  });
}

function websocketSession(redisClient) {
  return session({
    store: new RedisStore({ client: redisClient, prefix: 'ws:' }),
    // expect: secret
    secret: 'Wq8#zr!4-ws-live',
    resave: false,
    saveUninitialized: false,
  });
}

function previewApp() {
  const app = express();
  // expect: secret
  app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: true, cookie: { secure: true } }));
  app.get('/preview', (req, res) => res.send('preview'));
  return app;
}

module.exports = { storefront, backOffice, rotatingSecrets, websocketSession, previewApp };
