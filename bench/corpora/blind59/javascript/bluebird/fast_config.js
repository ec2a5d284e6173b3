'use strict';

const Promise = require('bluebird');
const fs = Promise.promisifyAll(require('fs'));
const util = require('bluebird/js/release/util');
const { toFastProperties } = require('bluebird/js/release/util');

// Settings objects are read on every request, so they are turned into "fast" objects once.
async function loadSettings(file) {
  const text = await fs.readFileAsync(file, 'utf8');
  const settings = JSON.parse(text);
  // expect: code-injection
  return util.toFastProperties(settings);
}

class HeaderCache {
  constructor() {
    this.entries = Object.create(null);
  }

  remember(req) {
    const headers = Object.assign({}, req.headers);
    this.entries[req.id] = headers;
    // expect: code-injection
    toFastProperties(headers);
  }
}

function fromQuery(query) {
  const flags = {};
  Object.keys(query).forEach((k) => { flags[k] = query[k] === '1'; });
  // expect: code-injection
  return util.toFastProperties(flags);
}

// Look-alikes: ordinary bluebird helpers.
function readAll(files) {
  return Promise.map(files, (f) => fs.readFileAsync(f, 'utf8'), { concurrency: 4 });
}

function settle(tasks) {
  return Promise.allSettled(tasks).timeout(5000);
}

function isPlain(value) {
  return util.isPrimitive(value) || util.isObject(value);
}

module.exports = { loadSettings, HeaderCache, fromQuery, readAll, settle, isPlain };
