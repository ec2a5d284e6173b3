'use strict';

const thenify = require('thenify');
const fs = require('fs');
const dns = require('dns');
const legacyCache = require('./legacy-cache');

// dns.lookup calls back with (err, address, family).
// expect: code-injection
const lookup = thenify(dns.lookup, { multiArgs: true });

const STAT_OPTS = { multiArgs: ['stats', 'path'] };
// expect: code-injection
const statWithPath = thenify(legacyCache.statEntry, STAT_OPTS);

function promisifyAll(mod) {
  const out = {};
  for (const name of Object.keys(mod)) {
    // expect: code-injection
    out[name] = thenify(mod[name], { multiArgs: ['value', 'meta'], withCallback: true });
  }
  return out;
}

const cacheApi = promisifyAll(legacyCache);

// Safe look-alikes: no options, multiArgs off, and withCallback alone.
const readFile = thenify(fs.readFile);
const getEntry = thenify(legacyCache.get, { multiArgs: false });
const setEntry = thenify.withCallback(legacyCache.set);

module.exports = { lookup, statWithPath, cacheApi, readFile, getEntry, setEntry };
