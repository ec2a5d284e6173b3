'use strict';

const escapeHtml = require('escape-html');

const OPERATORS_ALLOWED = new Set(['$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$exists']);

exports.escape = escapeHtml;

exports.stripUnsafeOperators = function stripUnsafeOperators(query) {
  const clean = {};
  for (const [field, value] of Object.entries(query || {})) {
    if (field.startsWith('$')) continue;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const ops = Object.keys(value);
      if (!ops.every((op) => OPERATORS_ALLOWED.has(op))) continue;
    }
    clean[field] = value;
  }
  return clean;
};

exports.buildCollectionQuery = function buildCollectionQuery(req) {
  const key = req.query.key || '';
  let value = req.query.value;
  if (req.query.type === 'N') value = Number(value);
  return key ? { [key]: value } : {};
};
