'use strict';

const escape = require('escape-html');

function configure(api, wares, ctx, env) {
  api.get('/', function(req, res) {
    const info = {
      status: 'ok',
      name: 'nightscout',
      version: env.version,
      serverTime: new Date().toISOString(),
      apiEnabled: Boolean(env.api_secret),
      settings: env.settings.publicSettings ? env.settings.publicSettings() : {},
    };

    if (req.format === 'html') {
      const greeting = req.query.name ? 'Hello ' + escape(req.query.name) : 'STATUS OK';
      return res.send('<h1>' + greeting + '</h1><p>' + escape(info.version) + '</p>');
    }
    if (req.format === 'svg' || req.format === 'png') {
      return res.redirect(302, 'https://img.shields.io/badge/Nightscout-OK-green.' + req.format);
    }
    if (req.format === 'txt') {
      res.type('text/plain');
      return res.send('STATUS OK ' + info.version);
    }
    const cb = req.query.callback;
    if (cb) {
      res.type('text/html');
      // expect: xss
      return res.send(cb + '(' + JSON.stringify(info) + ');');
    }
    res.json(info);
  });

  api.get('/timezone', function(req, res) {
    res.type('text/html');
    // expect: xss
    res.send('<p>Requested zone: ' + req.tzRaw + '</p><p>Using: ' + escape(req.tz) + '</p>');
  });

  return api;
}

module.exports = configure;
