'use strict';

const errors = require('restify-errors');
const serialize = require('node-serialize');
const yaml = require('js-yaml');

function restoreState(req, res, next) {
  const { state, format = 'json' } = req.body || {};
  if (!state) return next(new errors.BadRequestError('state is required'));

  let restored;
  if (format === 'json') {
    try {
      restored = JSON.parse(Buffer.from(state, 'base64').toString('utf8'));
    } catch (e) {
      return next(new errors.BadRequestError('bad state'));
    }
  } else {
    const decoded = Buffer.from(state, 'base64').toString('utf8');
    // expect: deserialization
    restored = serialize.unserialize(decoded);
  }
  res.send({ keys: Object.keys(restored || {}) });
  return next();
}

function loadConfig(req, res, next) {
  const text = typeof req.body === 'string' ? req.body : String((req.body && req.body.config) || '');
  const mode = req.query.mode;
  let config;
  try {
    if (mode === 'legacy') {
      // expect: deserialization
      config = yaml.load(text, { schema: yaml.DEFAULT_FULL_SCHEMA });
    } else {
      config = yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA });
    }
  } catch (e) {
    config = {};
  }
  res.header('X-Config-Mode', mode === 'legacy' ? 'legacy' : 'safe');
  res.send({ config });
  return next();
}

module.exports = { restoreState, loadConfig };
