'use strict';

const stableStringify = require('json-stable-stringify');

const toKey = JSON.stringify;

class QueryCache {
  constructor(db) {
    this.db = db;
    this.memo = {};
    this.byId = {};
  }

  find(filters) {
    // expect: unstable-key
    return (this.memo[JSON.stringify(filters)] ??= this.db.select('products', filters));
  }

  async findById(id) {
    if (!this.byId[id]) this.byId[id] = await this.db.get('products', id);
    return this.byId[id];
  }
}

function latestPerFilter(events) {
  return events.reduce((acc, e) => {
    // expect: unstable-key
    acc[JSON.stringify(e.filters)] = e;
    return acc;
  }, {});
}

function groupByOptions(variants) {
  const groups = {};
  for (const v of variants) {
    // expect: unstable-key
    (groups[toKey(v.options)] ||= []).push(v.sku);
  }
  return groups;
}

function countQueries(log) {
  const counts = new Map();
  for (const entry of log) {
    // expect: unstable-key
    counts.set(JSON.stringify(entry.query), (counts.get(JSON.stringify(entry.query)) || 0) + 1);
  }
  return counts;
}

function memoizeStable(fn) {
  const cache = {};
  return (args) => {
    const k = stableStringify(args);
    if (!(k in cache)) cache[k] = fn(args);
    return cache[k];
  };
}

function tileKey(cache, lat, lng, zoom) {
  return cache[JSON.stringify([lat, lng, zoom])];
}

module.exports = { QueryCache, latestPerFilter, groupByOptions, countQueries, memoizeStable, tileKey };
