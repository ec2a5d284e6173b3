const Promise = require('bluebird');
const util = require('bluebird/js/release/util');
const db = require('./db');

const registry = Object.create(null);

function defineModel(name, fields) {
  const model = { name, fields, createdAt: Date.now() };
  registry[name] = model;
  // Hot objects: ask V8 for fast properties once the shape is final.
  util.toFastProperties(model);
  return model;
}

function defineFromRequest(req) {
  const spec = req.body.model;
  // expect: code-injection
  util.toFastProperties(spec);
  return spec;
}

async function loadPlugins() {
  const rows = await db.query('SELECT name, definition FROM model_plugins');
  return Promise.map(rows, (row) => {
    // expect: code-injection
    util.toFastProperties(row.definition);
    return row.name;
  });
}

function registerMixin(source) {
  // expect: code-injection
  return util.toFastProperties(source);
}

function freezeRegistry() {
  util.toFastProperties(registry);
  return Object.keys(registry);
}

function warmUp() {
  util.toFastProperties('placeholder');
  return Promise.resolve(true);
}

module.exports = { defineModel, defineFromRequest, loadPlugins, registerMixin, freezeRegistry, warmUp };
