'use strict';

const bodyParser = require('body-parser');

const VALID_TZ = /^[A-Za-z_]+(\/[A-Za-z_+-]+){0,2}$/;

function extensions(list) {
  return function(req, res, next) {
    const match = req.path.match(/\.([a-z]+)$/);
    if (match && list.includes(match[1])) {
      req.format = match[1];
      req.url = req.url.replace('.' + match[1], '');
    }
    next();
  };
}

function timezone(req, res, next) {
  const requested = req.query.tz || req.get('x-nightscout-tz') || '';
  req.tzRaw = requested;
  req.tz = VALID_TZ.test(requested) ? requested : 'UTC';
  next();
}

module.exports = function(env) {
  return {
    extensions,
    timezone,
    bodyParser,
    sendJSONStatus: require('./send-json-status')(env),
  };
};
