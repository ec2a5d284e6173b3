'use strict';
const Promise = require('bluebird');
const util = require('bluebird/js/release/util');
const fs = Promise.promisifyAll(require('fs'));

const { toFastProperties } = util;

class PluginRegistry {
  constructor() {
    this.handlers = {};
  }

  async loadManifest(file) {
    const manifest = JSON.parse(await fs.readFileAsync(file, 'utf8'));
    Object.assign(this.handlers, manifest.handlers);
    // expect: code-injection
    util.toFastProperties(this.handlers);
    return manifest;
  }

  applyRemoteConfig(body) {
    // expect: code-injection
    return toFastProperties(JSON.parse(body));
  }

  register(name, handler) {
    this.handlers[name] = handler;
    return this;
  }
}

function hotReload(registry, incoming) {
  const merged = Object.assign({}, registry.handlers, incoming);
  // expect: code-injection
  registry.handlers = util.toFastProperties(merged);
}

const readAll = Promise.promisify(fs.readFile);
const isPlain = (v) => util.isPrimitive(v) || Array.isArray(v);

module.exports = { PluginRegistry, hotReload, readAll, isPlain };
