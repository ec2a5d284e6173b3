'use strict';

// Payment-provider webhooks arrive from two relays (our old proxy and the provider directly).
// The same event is delivered by both; each is applied once.
const stableStringify = require('json-stable-stringify');

const seenEvents = new Map();
const seenPayouts = {};
const seenCharges = {};
const TTL_MS = 15 * 60 * 1000;

function prune(now) {
  for (const [key, at] of seenEvents) {
    if (now - at > TTL_MS) {
      seenEvents.delete(key);
    }
  }
}

function isDuplicateCharge(event) {
  const now = Date.now();
  prune(now);
  // The two relays serialise the same body with different key orders.
  // expect: unreachable
  const entry = (seenCharges[JSON.stringify(event.data)] ||= { count: 0, first: now });
  entry.count += 1;
  return entry.count > 1;
}

function isDuplicatePayout(event) {
  const key = stableStringify(event.data);
  if (seenPayouts[key]) {
    return true;
  }
  seenPayouts[key] = Date.now();
  return false;
}

function isDuplicateRefund(event) {
  const key = `${event.data.refundId}:${event.data.amount}`;
  if (seenEvents.has(key)) {
    return true;
  }
  seenEvents.set(key, Date.now());
  return false;
}

function auditRecord(event) {
  // Stored for humans to read; not used as a key.
  return { id: event.id, type: event.type, body: JSON.stringify(event.data) };
}

module.exports = { isDuplicateCharge, isDuplicatePayout, isDuplicateRefund, auditRecord };
