'use strict';

const cache = {};
const priceCache = new Map();
const seen = Object.create(null);

function memoize(fn) {
  const results = {};
  return function memoized(...args) {
    // expect: eq-none
    return results[JSON.stringify(args)] ??= fn.apply(this, args);
  };
}

function cachedSearch(filters, run) {
  // expect: eq-none
  return cache[JSON.stringify(filters)] || (cache[JSON.stringify(filters)] = run(filters));
}

function dedupeEvents(events) {
  const stringify = JSON.stringify;
  return events.filter((event) => {
    const fingerprint = stringify({ type: event.type, user: event.userId, at: event.at });
    // expect: eq-none
    return !seen[fingerprint] && (seen[fingerprint] = true);
  });
}

function countByDimensions(rows) {
  const groups = {};
  for (const row of rows) {
    // expect: eq-none
    groups[JSON.stringify(row.dimensions)] = (groups[JSON.stringify(row.dimensions)] || 0) + row.count;
  }
  return groups;
}

function priceFor(sku, options) {
  const key = `${sku}:${options.currency}:${options.region}`;
  if (!priceCache.has(key)) priceCache.set(key, Math.round(options.base * 100) / 100);
  return priceCache.get(key);
}

function byId(items) {
  const index = {};
  for (const item of items) index[item.id] = item;
  return index;
}

function serialize(report) {
  return JSON.stringify(report, null, 2);
}

module.exports = { memoize, cachedSearch, dedupeEvents, countByDimensions, priceFor, byId, serialize };
