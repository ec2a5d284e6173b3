'use strict';

const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const helmet = require('helmet');
const { redisClient } = require('./redis');

const app = express();
app.use(helmet());
app.set('trust proxy', 1);

const isProd = process.env.NODE_ENV === 'production';

app.use(session({
  store: new RedisStore({ client: redisClient, prefix: 'sess:' }),
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { secure: isProd, httpOnly: true, sameSite: 'lax' },
}));

const admin = express();
admin.use(session({
  name: 'admin.sid',
  // expect: secret
  secret: 'adm1n-Sess10n-k3y-2023',
  resave: false,
  saveUninitialized: false,
}));

const docs = express();
docs.use(session({
  secret: [process.env.DOCS_SESSION_SECRET, process.env.DOCS_SESSION_SECRET_PREVIOUS].filter(Boolean),
  resave: false,
  saveUninitialized: true,
}));

const legacy = express();
legacy.use(session({
  // expect: secret
  secret: 'keyboard cat rotated 2022-09',
  cookie: { maxAge: 3600 * 1000 },
}));

const kiosk = express();
const kioskSecret = process.env.KIOSK_SESSION_SECRET || require('crypto').randomBytes(32).toString('hex');
kiosk.use(session({ secret: kioskSecret, resave: false, saveUninitialized: false }));

const partners = express();
partners.use(session({
  store: new RedisStore({ client: redisClient, prefix: 'psess:' }),
  // expect: secret
  secret: 'P4rtn3rPortal!Sessions#',
  resave: false,
  saveUninitialized: false,
}));

app.use('/admin', admin);
app.use('/docs', docs);
app.use('/legacy', legacy);
app.use('/kiosk', kiosk);
app.use('/partners', partners);

module.exports = app;
