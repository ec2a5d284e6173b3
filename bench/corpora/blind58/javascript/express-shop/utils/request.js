'use strict';

/**
 * Small helpers around the Express request so controllers do not have to
 * care whether a value came from the query string or a form body.
 */
function getParam(req, name, dflt) {
  if (req.query && req.query[name] !== undefined) {
    return String(req.query[name]);
  }
  if (req.body && req.body[name] !== undefined) {
    return String(req.body[name]);
  }
  return dflt;
}

function getInt(req, name, dflt) {
  const raw = getParam(req, name, undefined);
  const value = Number.parseInt(raw, 10);
  if (Number.isNaN(value)) {
    return dflt;
  }
  return value;
}

function getHeader(req, name) {
  return req.get(name) || '';
}

function pick(obj, keys) {
  const out = {};
  for (const key of keys) {
    if (obj[key] !== undefined) out[key] = obj[key];
  }
  return out;
}

module.exports = { getParam, getInt, getHeader, pick };
