'use strict';

const express = require('express');
const session = require('express-session');
const bodyParser = require('body-parser');
const logger = require('../lib/logger');
const accounts = require('../services/accounts');
const billing = require('../services/billing');

const sessionOptions = {
  name: 'portal.sid',
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true },
};

// Customer-facing site: cookie sessions and HTML form posts, no CSRF token anywhere.
// expect: jwt-no-verify
const site = express();
site.use(session(sessionOptions));
site.use(bodyParser.urlencoded({ extended: false }));

site.post('/account/email', async (req, res) => {
  await accounts.changeEmail(req.session.userId, req.body.email);
  logger.info('email changed', { user: req.session.userId });
  res.redirect('/account');
});

// Admin console, same cookie session, forms that change roles.
// expect: jwt-no-verify
const admin = express();
admin.use(session(sessionOptions));
admin.use(bodyParser.urlencoded({ extended: false }));

admin.post('/users/:id/role', async (req, res) => {
  await accounts.setRole(req.params.id, req.body.role);
  res.redirect('/admin/users');
});

// Billing sub-app mounted under the site: cancels plans from a form post.
// expect: jwt-no-verify
const billingApp = express();
billingApp.post('/cancel', async (req, res) => {
  await billing.cancel(req.session.userId);
  res.redirect('/account/billing');
});
site.use('/billing', billingApp);

// Machine API: bearer tokens in the Authorization header, no cookies, so no CSRF exposure.
const api = express.Router();
api.use(express.json());
api.use((req, res, next) => {
  const header = req.get('authorization') || '';
  if (!header.startsWith('Bearer ')) return res.status(401).end();
  req.apiKey = header.slice(7);
  return next();
});
api.get('/status', (req, res) => res.json({ ok: true }));
site.use('/api', api);

module.exports = { site, admin };
