'use strict';

const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { redisClient } = require('../redis');

const ONE_DAY = 24 * 60 * 60 * 1000;

function secretsFromEnv(name) {
  const raw = process.env[name];
  if (!raw) throw new Error(name + ' is not set');
  return raw.split(',');
}

const store = new RedisStore({ client: redisClient, prefix: 'sess:' });

// Customer shop: cart and signed-in customer. Served over https behind the
// load balancer, but the shop still answers plain http on port 80.
function shopApp() {
  const app = express();
  app.set('trust proxy', 1);
  // expect: tls-verify-off
  app.use(session({ store, secret: secretsFromEnv('SHOP_SESSION_SECRETS'), resave: false, saveUninitialized: false }));
  app.use(require('./shopRoutes'));
  return app;
}

// Back office: every cookie attribute set explicitly.
function adminApp() {
  const app = express();
  app.set('trust proxy', 1);
  app.use(
    session({
      name: 'bo_sess',
      store,
      secret: secretsFromEnv('ADMIN_SESSION_SECRETS'),
      resave: false,
      saveUninitialized: false,
      cookie: {
        secure: true,
        httpOnly: true,
        domain: 'admin.example.com',
        path: '/',
        expires: new Date(Date.now() + ONE_DAY),
        sameSite: 'strict',
      },
    })
  );
  app.use(require('./adminRoutes'));
  return app;
}

module.exports = { shopApp, adminApp };
