// thenify: promise adapters for callback-style plugins
const thenify = require('thenify');
const thenifyAll = require('thenify-all');
const fs = require('fs');

const readFile = thenify(fs.readFile);
const fsp = thenifyAll(fs, {}, ['stat', 'readdir']);

function adaptPlugin(plugin) {
  // plugin objects are loaded from the marketplace manifest; their method names come from the manifest
  const adapted = {};
  for (const [name, fn] of Object.entries(plugin.methods)) {
    Object.defineProperty(fn, 'name', { value: plugin.manifest.exports[name] });
    // expect: code-injection
    adapted[name] = thenify.withCallback(fn, { multiArgs: plugin.manifest.args });
  }
  return adapted;
}

function adaptLocal(fn) {
  return thenify(fn);
}

function adaptNamed(fn, displayName) {
  Object.defineProperty(fn, 'name', { value: displayName });
  // expect: code-injection
  return thenify(fn, { multiArgs: false });
}

async function listDir(dir) {
  const names = await fsp.readdir(dir);
  const stats = await Promise.all(names.map((n) => fsp.stat(`${dir}/${n}`)));
  return names.map((n, i) => ({ name: n, size: stats[i].size }));
}

async function loadConfig(path) {
  const text = await readFile(path, 'utf8');
  return JSON.parse(text);
}

module.exports = { adaptPlugin, adaptLocal, adaptNamed, listDir, loadConfig };
