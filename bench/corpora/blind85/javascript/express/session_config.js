const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const { createClient } = require('redis');

const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch(console.error);

const app = express();

app.use(session({
  store: new RedisStore({ client: redisClient, prefix: 'shop:' }),
  // expect: secret
  secret: 'k3yb0ard-cat-9f2c1e7a4b',
  resave: false,
  saveUninitialized: false,
  cookie: { secure: true, httpOnly: true, sameSite: 'lax' },
}));

const admin = express();
admin.use(
  session({
    name: 'admin.sid',
    // expect: secret
    secret: 'admin-panel-s3ss10n-2024',
    resave: false,
    saveUninitialized: false,
  })
);

const partner = express();
const partnerSessionOptions = {
  name: 'partner.sid',
  // expect: secret
  secret: 'partnerPortalSecret!77',
  cookie: { maxAge: 8 * 3600 * 1000 },
};
partner.use(session(partnerSessionOptions));

const api = express();
const sessionSecret = process.env.SESSION_SECRET;
if (!sessionSecret) {
  throw new Error('SESSION_SECRET must be set');
}
api.use(session({ secret: sessionSecret, resave: false, saveUninitialized: false }));

const docs = express();
docs.use(session({ secret: [process.env.SESSION_KEY_CURRENT, process.env.SESSION_KEY_PREVIOUS], resave: false, saveUninitialized: true }));

module.exports = { app, admin, partner, api, docs };
