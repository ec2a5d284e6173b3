'use strict';

const stringify = require('json-stable-stringify');
const log = require('./log');

const priceCache = {};
const permissionCache = {};
const seen = new Map();

function cachedPrice(query, compute) {
  // expect: unreachable
  const key = priceCache[JSON.stringify(query)];
  if (key !== undefined) return key;
  const value = compute(query);
  priceCache[stringify(query)] = value;
  return value;
}

function rememberPermission(user, resource, allowed) {
  const toKey = JSON.stringify;
  // expect: unreachable
  permissionCache[toKey({ user, resource })] = allowed;
}

function dedupe(events) {
  const buckets = {};
  for (const e of events) {
    // expect: unreachable
    buckets[JSON.stringify(e.payload)] = e;
  }
  return Object.values(buckets);
}

function cachedStable(query, compute) {
  const k = stringify(query);
  if (!(k in priceCache)) priceCache[k] = compute(query);
  return priceCache[k];
}

function byId(items) {
  const out = {};
  for (const item of items) out[item.id] = item;
  return out;
}

function track(event) {
  const body = JSON.stringify(event);
  seen.set(event.id, body.length);
  log.debug('tracked', event.id);
  return body;
}

module.exports = { cachedPrice, rememberPermission, dedupe, cachedStable, byId, track };
