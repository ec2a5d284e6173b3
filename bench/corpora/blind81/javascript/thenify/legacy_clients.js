'use strict';

const thenify = require('thenify');
const fs = require('fs');
const dns = require('dns');
const redis = require('redis');

const client = redis.createClient({ url: process.env.REDIS_URL });

// expect: code-injection
const lookup = thenify(dns.lookup, { multiArgs: ['address', 'family'] });

// expect: code-injection
const readWithStats = thenify(function readWithStats(file, cb) {
  fs.stat(file, (err, stats) => {
    if (err) return cb(err);
    fs.readFile(file, 'utf8', (err2, text) => cb(err2, text, stats));
  });
}, { multiArgs: true, withCallback: true });

// expect: code-injection
const MULTI = { multiArgs: true };
const hscan = thenify(client.hscan.bind(client), MULTI);

function promisifyAll(api, names) {
  const out = {};
  for (const name of names) {
    // expect: code-injection
    out[name] = thenify(api[name].bind(api), { multiArgs: ['result', 'meta'] });
  }
  return out;
}

const readFile = thenify(fs.readFile);
const writeFile = thenify(fs.writeFile, { multiArgs: false });
const SINGLE = { multiArgs: false, withCallback: true };
const unlink = thenify(fs.unlink, SINGLE);

module.exports = { lookup, readWithStats, hscan, promisifyAll, readFile, writeFile, unlink };
