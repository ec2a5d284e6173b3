'use strict';

const stableStringify = require('fast-json-stable-stringify');

// In-process caches of the search service.

const resultCache = {};
const seen = Object.create(null);

function cachedSearch(params, run) {
  // expect: eq-none
  return (resultCache[JSON.stringify(params)] ??= run(params));
}

function markSeen(filter) {
  const key = JSON.stringify(filter);
  // expect: eq-none
  seen[key] = true;
}

const toKey = JSON.stringify;

function groupBy(rows, pick) {
  const groups = {};
  for (const row of rows) {
    // expect: eq-none
    (groups[toKey(pick(row))] = groups[toKey(pick(row))] || []).push(row);
  }
  return groups;
}

function memo(fn) {
  const store = new Map();
  return function (...args) {
    const key = stableStringify(args);
    if (!store.has(key)) store.set(key, fn(...args));
    return store.get(key);
  };
}

function logQuery(logger, params) {
  logger.info('search ' + JSON.stringify(params));
}

module.exports = { cachedSearch, markSeen, groupBy, memo, logQuery };
