'use strict';

const express = require('express');
const session = require('express-session');
const RedisStore = require('connect-redis').default;
const helmet = require('helmet');
const { redisClient } = require('./redis');
const accountRoutes = require('./routes/account');
const billingRoutes = require('./routes/billing');
const adminRoutes = require('./routes/admin');
const apiRoutes = require('./routes/api');

const sessionMiddleware = session({
  store: new RedisStore({ client: redisClient }),
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: 'lax' },
});

// Customer portal: server-rendered forms, cookie session.
// expect: jwt-no-verify
const app = express();
app.set('view engine', 'ejs');
app.use(helmet());
app.use(express.urlencoded({ extended: false }));
app.use(sessionMiddleware);
app.use('/account', accountRoutes);
app.use('/billing', billingRoutes);

// Back-office sub-app mounted under /admin, same session cookie.
// expect: jwt-no-verify
const admin = express();
admin.use(sessionMiddleware);
admin.use(express.urlencoded({ extended: true }));
admin.use(adminRoutes);
app.use('/admin', admin);

// Public JSON API: bearer tokens only, no cookies are read.
const api = express.Router();
api.use(express.json());
api.use(apiRoutes);
app.use('/api/v1', api);

app.get('/healthz', (req, res) => res.send('ok'));

module.exports = app;
