'use strict';

const moment = require('moment-timezone');

const TYPES = ['sgv', 'mbg', 'cal', 'etc'];

function parseCount(raw, dflt) {
  const n = Number.parseInt(raw, 10);
  return Number.isNaN(n) || n < 1 ? dflt : n;
}

function configure(api, wares, ctx, env) {
  api.use(wares.bodyParser.json({ limit: '1mb' }));

  api.get('/', ctx.authorization.isPermitted('api:entries:read'), function(req, res, next) {
    const query = req.query;
    const opts = { count: parseCount(query.count, 10), find: query.find || {} };
    ctx.entries.list(opts, function(err, entries) {
      if (err) return next(err);
      res.json(entries);
    });
  });

  api.get('/:type(sgv|mbg|cal|etc)', ctx.authorization.isPermitted('api:entries:read'), function(req, res, next) {
    const type = TYPES.includes(req.params.type) ? req.params.type : 'sgv';
    ctx.entries.listByType(type, parseCount(req.query.count, 10), function(err, entries) {
      if (err) return next(err);
      const tz = req.tz;
      res.json(entries.map((e) => ({ ...e, local: moment(e.date).tz(tz).format() })));
    });
  });

  api.get('/current', ctx.authorization.isPermitted('api:entries:read'), function(req, res, next) {
    ctx.entries.listByType(req.query.type, 1, function(err, entries) {
      if (err) return next(err);
      res.json(entries);
    });
  });

  api.get('/id/:id', ctx.authorization.isPermitted('api:entries:read'), function(req, res, next) {
    ctx.entries.getEntry(req.params.id, function(err, entries) {
      if (err) return next(err);
      res.json(entries);
    });
  });

  api.delete('/', ctx.authorization.isPermitted('api:entries:delete'), function(req, res, next) {
    const spec = { find: req.query.find };
    if (!spec.find || Object.keys(spec.find).length === 0) {
      return res.status(400).json({ status: 400, message: 'refusing to delete everything' });
    }
    ctx.entries.remove(spec, function(err, stat) {
      if (err) return next(err);
      // expect: log-injection
      console.info('entries removed by ' + req.authInfo.subject + ' tz=' + req.tzRaw);
      res.json(stat);
    });
  });

  return api;
}

module.exports = configure;
