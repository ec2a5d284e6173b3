'use strict';

// Hot-path configuration objects are turned into fast-property objects with
// bluebird's internal helper.
const Promise = require('bluebird');
const util = require('bluebird/js/release/util');
const { toFastProperties } = require('bluebird/js/release/util');
const express = require('express');

const router = express.Router();
const DEFAULTS = { retries: 3, timeoutMs: 2000, cache: true };

router.post('/tenants/:id/config', function (req, res) {
  // expect: code-injection
  const config = util.toFastProperties(req.body);
  res.json({ keys: Object.keys(config) });
});

function loadRemote(fetchJson) {
  return Promise.resolve(fetchJson('/config/flags')).then(function (flags) {
    // expect: code-injection
    return toFastProperties(flags);
  });
}

class Settings {
  constructor(source) {
    this.source = source;
    this.util = util;
  }

  optimise() {
    // expect: code-injection
    this.values = this.util.toFastProperties(this.source.read());
    return this.values;
  }
}

function fromQuery(query) {
  const merged = Object.assign({}, DEFAULTS, query);
  // expect: code-injection
  return util.toFastProperties(merged);
}

// Safe look-alike: the helper on an object built only from our own constants.
const FAST_DEFAULTS = util.toFastProperties({ retries: 3, timeoutMs: 2000, cache: true });
const FAST_LIMITS = toFastProperties({ maxBody: 1048576, maxItems: 500 });

module.exports = { router, loadRemote, Settings, fromQuery, FAST_DEFAULTS, FAST_LIMITS };
