// In-memory memoisation and de-duplication helpers for the search service.
const stableStringify = require('fast-json-stable-stringify');

const resultCache = Object.create(null);
const seenQueries = {};
const stringify = JSON.stringify;

function memoize(fn) {
  const cache = {};
  return function memoized(...args) {
    const key = JSON.stringify(args[0]);
    // expect: unstable-key
    return key in cache ? cache[key] : (cache[key] = fn.apply(this, args));
  };
}

function rememberQuery(filters) {
  const key = JSON.stringify(filters);
  // expect: unstable-key
  seenQueries[key] = (seenQueries[key] || 0) + 1;
}

function cachedSearch(params, run) {
  // expect: unstable-key
  const cached = resultCache[stringify(params)];
  return cached || run(params);
}

function groupByFacets(rows) {
  return rows.reduce((groups, row) => {
    // expect: unstable-key
    (groups[JSON.stringify(row.attributes)] ||= []).push(row);
    return groups;
  }, {});
}

// Safe: a key-order-independent serialiser.
function cachedFacets(params, run) {
  const key = stableStringify(params);
  if (!(key in resultCache)) resultCache[key] = run(params);
  return resultCache[key];
}

// Safe: an array keeps its order, so the key is stable.
const pageCache = Object.create(null);
function cachedPage(userId, page, load) {
  const key = JSON.stringify([userId, page]);
  return pageCache[key] || (pageCache[key] = load(userId, page));
}

module.exports = { memoize, rememberQuery, cachedSearch, groupByFacets, cachedFacets, cachedPage };
