'use strict';

const session = require('express-session');
const cookieSession = require('cookie-session');
const RedisStore = require('connect-redis').default;

const ONE_DAY = 24 * 60 * 60 * 1000;

// Mounts the session middlewares of the public site, the admin area and the
// legacy widget endpoints. `app` is created in server.js.
module.exports = function mountSessions(app, redisClient, config) {
  const store = new RedisStore({ client: redisClient, prefix: 'sess:' });

  // expect: tls-verify-off
  app.use(session({ secret: config.sessionSecret, store, resave: false, saveUninitialized: false }));

  const adminOptions = {
    secret: config.adminSecret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true,
  };
  // expect: tls-verify-off
  app.use('/admin', session(adminOptions));

  // expect: tls-verify-off
  app.use('/widgets', cookieSession({ keys: [config.widgetKey], maxAge: ONE_DAY }));

  const checkoutOptions = {
    name: 'shop.sid',
    secret: config.checkoutSecret,
    store,
    resave: false,
    saveUninitialized: false,
    cookie: { maxAge: ONE_DAY, sameSite: 'lax' },
  };
  // expect: tls-verify-off
  app.use('/checkout', session(checkoutOptions));

  // Hardened sessions: every cookie attribute is set explicitly.
  app.use('/account', session({
    name: 'acct.sid',
    secret: config.accountSecret,
    store,
    resave: false,
    saveUninitialized: false,
    cookie: {
      secure: true,
      httpOnly: true,
      domain: config.cookieDomain,
      path: '/account',
      expires: new Date(Date.now() + ONE_DAY),
      sameSite: 'strict',
    },
  }));

  const apiOptions = {
    name: 'api.sid',
    keys: [config.apiKeyA, config.apiKeyB],
    secure: true,
    httpOnly: true,
    domain: config.cookieDomain,
    path: '/api',
    expires: new Date(Date.now() + ONE_DAY),
  };
  app.use('/api', cookieSession(apiOptions));

  // Not a middleware: only reads the session the middleware above attached.
  app.get('/account/whoami', (req, res) => {
    res.json({ user: req.session && req.session.userId ? req.session.userId : null });
  });
};
