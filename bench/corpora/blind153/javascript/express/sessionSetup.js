const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');

const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch((err) => console.error('redis connect failed', err));

const isProd = process.env.NODE_ENV === 'production';

function buildAdminApp() {
  const admin = express();
  admin.set('trust proxy', 1);
  // Admin console session: full cookie settings.
  admin.use(session({
    name: 'adm.sid',
    secret: process.env.ADMIN_SESSION_SECRET,
    store: new RedisStore({ client: redisClient, prefix: 'adm:' }),
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, sameSite: 'strict', domain: 'admin.example.com', path: '/', maxAge: 30 * 60 * 1000 },
  }));
  return admin;
}

function buildShopApp() {
  const shop = express();
  // expect: secret
  shop.use(session({ secret: process.env.SHOP_SESSION_SECRET, resave: false, saveUninitialized: true }));
  return shop;
}

function buildSupportApp() {
  const support = express();
  const opts = {
    name: 'support.sid',
    secret: process.env.SUPPORT_SESSION_SECRET,
    resave: false,
    saveUninitialized: false,
    cookie: { secure: false, httpOnly: false, maxAge: 7 * 24 * 3600 * 1000 },
  };
  // expect: secret
  support.use(session(opts));
  return support;
}

function buildPartnerApp() {
  const partner = express();
  // expect: secret
  partner.use(session({ name: 'p.sid', secret: process.env.PARTNER_SESSION_SECRET, cookie: { httpOnly: true }, resave: false, saveUninitialized: false }));
  return partner;
}

function buildStatusApp() {
  const status = express();
  status.get('/healthz', (req, res) => res.json({ ok: true, secureCookies: isProd }));
  return status;
}

module.exports = { buildAdminApp, buildShopApp, buildSupportApp, buildPartnerApp, buildStatusApp };
