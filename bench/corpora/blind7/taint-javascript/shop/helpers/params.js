'use strict';

const SORT_COLUMNS = ['name', 'price', 'created_at'];

function getParam(req, name, fallback = '') {
  const value = req.query[name];
  return typeof value === 'string' ? value : fallback;
}

function bodyField(req, ...keys) {
  let cur = req.body;
  for (const k of keys) {
    if (cur == null) return undefined;
    cur = cur[k];
  }
  return cur;
}

function intParam(req, name, fallback = 0) {
  const n = Number.parseInt(req.query[name], 10);
  return Number.isNaN(n) ? fallback : n;
}

function sortParam(req) {
  const s = req.query.sort;
  return SORT_COLUMNS.includes(s) ? s : 'name';
}

module.exports = { getParam, bodyField, intParam, sortParam };
