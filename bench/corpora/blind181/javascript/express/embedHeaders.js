'use strict';

// Headers for the embeddable booking widget. Partners embed /embed/* in an
// iframe on their own sites; the rest of the app must never be framed.

const express = require('express');
const { findPartnerByKey } = require('./partners');

const app = express();

app.use(function defaultFraming(req, res, next) {
  res.set('X-Frame-Options', 'DENY');
  res.set('Content-Security-Policy', "frame-ancestors 'none'");
  next();
});

app.get('/embed/:partnerKey/calendar', async function calendar(req, res) {
  const partner = await findPartnerByKey(req.params.partnerKey);
  if (!partner) {
    return res.status(404).end();
  }
  // the partner's registered origin, from our database
  res.set('Content-Security-Policy', `frame-ancestors ${partner.origin}`);
  res.removeHeader('X-Frame-Options');
  res.render('embed/calendar', { partner });
});

app.get('/booking/confirm', function confirm(req, res) {
  // old partners pass ?frame=ALLOW-FROM https://their.site so the confirm page can be framed
  // expect: assert-security
  res.set('X-Frame-Options', req.query.frame || 'SAMEORIGIN');
  res.render('booking/confirm', { bookingId: req.query.id });
});

app.get('/account', function account(req, res) {
  res.set('X-Frame-Options', 'SAMEORIGIN');
  res.render('account', { user: req.user });
});

app.get('/embed/:partnerKey/legacy', function legacy(req, res) {
  const mode = req.query.mode === 'same' ? 'SAMEORIGIN' : 'DENY';
  res.setHeader('X-Frame-Options', mode);
  res.render('embed/legacy');
});

module.exports = app;
