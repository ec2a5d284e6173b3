'use strict';

const { AsyncLocalStorage } = require('node:async_hooks');

const storage = new AsyncLocalStorage();

function run(store, fn) {
  return storage.run(store, fn);
}

function get(key, fallback) {
  const store = storage.getStore();
  if (!store || store[key] === undefined) return fallback;
  return store[key];
}

module.exports = { run, get };
