'use strict';

// Headers for the booking widget. Tenants embed the widget on their own
// sites; the list of allowed parent sites is stored per tenant.
const express = require('express');
const tenants = require('../services/tenants');

const router = express.Router();

function noFraming(req, res, next) {
  res.set('X-Frame-Options', 'DENY');
  res.set('Content-Security-Policy', "frame-ancestors 'none'");
  next();
}

router.get('/widget/:tenantId', async (req, res, next) => {
  try {
    const tenant = await tenants.findById(Number(req.params.tenantId));
    if (!tenant) {
      return res.sendStatus(404);
    }
    const parents = tenant.embedOrigins.filter((o) => /^https:\/\/[a-z0-9.-]+$/.test(o));
    res.set('Content-Security-Policy', `frame-ancestors 'self' ${parents.join(' ')}`);
    res.render('widget', { tenant });
  } catch (err) {
    next(err);
  }
});

router.get('/widget/:tenantId/legacy', async (req, res, next) => {
  try {
    const tenant = await tenants.findById(Number(req.params.tenantId));
    if (!tenant) {
      return res.sendStatus(404);
    }
    // expect: assert-security
    res.set('X-Frame-Options', 'ALLOW-FROM ' + req.query.parent);
    res.render('widget-legacy', { tenant });
  } catch (err) {
    next(err);
  }
});

router.get('/account/payment-methods', noFraming, (req, res) => {
  res.render('payment-methods', { user: req.user });
});

router.get('/widget/:tenantId/health', (req, res) => {
  res.set('X-Frame-Options', 'SAMEORIGIN');
  res.json({ ok: true });
});

module.exports = router;
