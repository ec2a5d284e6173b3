'use strict';

// Collects per-request context once so that handlers further down can read it
// from res.locals / req.shopper instead of parsing headers again.
module.exports = function context(req, res, next) {
  const tenant = req.get('X-Tenant-Id') || 'public';
  res.locals.tenant = tenant;
  res.locals.locale = (req.acceptsLanguages('en', 'de', 'fr') || 'en');
  res.locals.region = 'eu-west-1';
  res.locals.returnTo = req.query.returnTo;
  res.locals.campaign = req.query.utm_campaign || '';

  req.shopper = {
    name: req.cookies.displayName || 'guest',
    theme: req.cookies.theme,
    id: Number.parseInt(req.signedCookies.uid, 10) || 0,
  };

  next();
};
