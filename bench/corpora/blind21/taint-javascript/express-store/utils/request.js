// express-store/utils/request.js: small helpers every route uses to read request input
'use strict';

/** A raw value from the query string, the body or the route params, in that order. */
function param(req, name, fallback) {
  if (req.query && req.query[name] !== undefined) return req.query[name];
  if (req.body && req.body[name] !== undefined) return req.body[name];
  if (req.params && req.params[name] !== undefined) return req.params[name];
  return fallback;
}

/** An integer within [min, max], or the default. */
function intParam(req, name, def, min = 0, max = Number.MAX_SAFE_INTEGER) {
  const n = Number.parseInt(param(req, name, ''), 10);
  if (!Number.isInteger(n)) return def;
  return Math.min(Math.max(n, min), max);
}

/** One of the allowed strings, or the default. */
function oneOf(req, name, allowed, def) {
  const v = param(req, name, def);
  return allowed.includes(v) ? v : def;
}

/** The value as a string (arrays and objects are rejected). */
function str(req, name, def = '') {
  const v = param(req, name, def);
  return typeof v === 'string' ? v : def;
}

/** The query as a plain filter object, as the old listing pages expected it. */
function filters(req) {
  const { page, sort, ...rest } = req.query;
  return rest;
}

/** A boolean flag: "1", "true", "yes" and "on" are true. */
function bool(req, name, def = false) {
  const v = param(req, name, undefined);
  if (v === undefined) return def;
  return ['1', 'true', 'yes', 'on'].includes(String(v).toLowerCase());
}

module.exports = { param, intParam, oneOf, str, filters, bool };
