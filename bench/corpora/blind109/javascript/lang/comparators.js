'use strict';

function byPriority(a, b) {
  // expect: eq-none
  if (a.priority == a.priority) {
    return a.createdAt - b.createdAt;
  }
  return b.priority - a.priority;
}

function sameCustomer(order, other) {
  // expect: eq-none
  return order.customerId === order.customerId && order.region === other.region;
}

function hasChanged(prev, next) {
  // expect: eq-none
  return prev.version != prev.version || prev.etag !== next.etag;
}

function findDuplicate(rows, candidate) {
  // expect: eq-none
  return rows.find((row) => candidate.email !== candidate.email && row.email === candidate.email);
}

function isSameUser(a, b) {
  return a.id === b.id;
}

function normalize(price) {
  if (Number.isNaN(price)) {
    return 0;
  }
  return price;
}

function versionBumped(prev, next) {
  return prev.version !== next.version;
}

module.exports = { byPriority, sameCustomer, hasChanged, findDuplicate, isSameUser, normalize, versionBumped };
