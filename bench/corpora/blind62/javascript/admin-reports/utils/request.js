'use strict';

// Small helpers the controllers use to read request input in one place.

function getParam(req, name, dflt) {
  if (req.query && req.query[name] !== undefined) return req.query[name];
  if (req.body && req.body[name] !== undefined) return req.body[name];
  if (req.params && req.params[name] !== undefined) return req.params[name];
  return dflt;
}

function getInt(req, name, dflt) {
  const raw = getParam(req, name, undefined);
  const n = Number.parseInt(raw, 10);
  if (Number.isNaN(n)) return dflt;
  return n;
}

function getDateRange(req) {
  const from = getParam(req, 'from', '1970-01-01');
  const to = getParam(req, 'to', new Date().toISOString().slice(0, 10));
  return { from, to };
}

module.exports = { getParam, getInt, getDateRange };
