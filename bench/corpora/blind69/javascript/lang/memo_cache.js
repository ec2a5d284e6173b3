'use strict';

const stableStringify = require('json-stable-stringify');

const toJson = JSON.stringify;

class QueryCache {
  constructor() {
    this.entries = {};
    this.hits = {};
  }

  get(query) {
    const key = JSON.stringify(query);
    // expect: stringify-keys
    return this.entries[key];
  }

  set(query, value) {
    // expect: stringify-keys
    this.entries[JSON.stringify(query)] = value;
  }

  count(params) {
    const k = toJson(params);
    // expect: stringify-keys
    this.hits[k] = (this.hits[k] || 0) + 1;
  }
}

function memoize(fn) {
  const cache = Object.create(null);
  return function (...args) {
    const id = `${fn.name}:${JSON.stringify(args)}`;
    // expect: stringify-keys
    const hit = cache[id] ?? (cache[id] = fn.apply(this, args));
    return hit;
  };
}

function dedupeFilters(filters) {
  // Safe: a stable serialiser, key order does not matter.
  const seen = {};
  return filters.filter((f) => {
    const k = stableStringify(f);
    if (seen[k]) return false;
    seen[k] = true;
    return true;
  });
}

function indexByIdPair(rows) {
  // Safe: a key built from fields in a fixed order.
  const byPair = {};
  for (const r of rows) byPair[`${r.accountId}:${r.itemId}`] = r;
  return byPair;
}

module.exports = { QueryCache, memoize, dedupeFilters, indexByIdPair };
