'use strict';

const express = require('express');
const compression = require('compression');

function create(env, ctx) {
  const app = express();
  app.set('title', env.settings.customTitle || 'Nightscout');
  app.enable('trust proxy');
  app.use(compression());

  const wares = require('../middleware/')(env);
  ctx.authorization = require('../authorization')(env, ctx);

  app.use(wares.extensions(['json', 'svg', 'csv', 'txt', 'png', 'html', 'tsv']));
  app.use(wares.timezone);
  app.use('/api/v1/entries', require('../api/entries/')(express.Router(), wares, ctx, env));
  app.use('/api/v1/status', require('../api/status')(express.Router(), wares, ctx, env));

  app.get('/api/v1/verifyauth', function(req, res) {
    const auth = ctx.authorization.resolve(req);
    res.json({ status: 200, message: { canRead: auth.permissions.length > 0, isAdmin: auth.permissions.includes('*') } });
  });

  app.get('/robots.txt', function(req, res) {
    res.type('text/plain').send(env.settings.allowSearchEngines ? 'User-agent: *\nAllow: /' : 'User-agent: *\nDisallow: /');
  });

  app.use(function(err, req, res, next) {
    console.error('api error', err && err.message);
    res.status(500).json({ status: 500, message: 'internal error' });
  });
  return app;
}

module.exports = create;
