const Promise = require('bluebird');
const util = require('bluebird/js/release/util');
const express = require('express');

const router = express.Router();
const handlers = {};

router.post('/handlers', (req, res) => {
  Object.keys(req.body).forEach((name) => { handlers[name] = req.body[name]; });
  // expect: code-injection
  util.toFastProperties(req.body);
  res.sendStatus(204);
});

function onConfigMessage(msg) {
  const options = JSON.parse(msg.content.toString());
  // expect: code-injection
  util.toFastProperties(options);
  return options;
}

function registerPlugin(name, pluginOptions) {
  handlers[name] = pluginOptions;
  // expect: code-injection
  util.toFastProperties(pluginOptions);
}

function Base() {}
function CachedStore() { Base.call(this); }
util.inherits(CachedStore, Base);

function loadAll(ids, fetchOne) {
  return Promise.map(ids, fetchOne, { concurrency: 4 });
}

module.exports = { router, onConfigMessage, registerPlugin, CachedStore, loadAll };
