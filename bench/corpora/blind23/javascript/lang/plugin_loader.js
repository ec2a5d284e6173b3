// lang: plugin loading and config lookup for the build tool
const fs = require('fs');
const path = require('path');

const PLUGIN_DIR = path.join(__dirname, 'plugins');
const BUILTIN = { lint: './plugins/lint', format: './plugins/format' };

function loadPlugin(name) {
  // expect: code-injection
  return require(name);
}

function loadBuiltin(kind) {
  const mod = BUILTIN[kind];
  if (!mod) throw new Error('unknown plugin ' + kind);
  return require(mod);
}

function readUserConfig(file) {
  // expect: path-traversal
  return fs.readFileSync(path.join(process.cwd(), file), 'utf8');
}

function readDefaultConfig() {
  return fs.readFileSync(path.join(__dirname, 'defaults.json'), 'utf8');
}

function readPluginManifest(name) {
  const base = path.basename(name);
  return JSON.parse(fs.readFileSync(path.join(PLUGIN_DIR, base, 'manifest.json'), 'utf8'));
}

function matchFiles(files, pattern) {
  // expect: regex-injection
  const re = new RegExp(pattern);
  return files.filter((f) => re.test(f));
}

function matchExt(files, ext) {
  const escaped = ext.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp('\\.' + escaped + '$');
  return files.filter((f) => re.test(f));
}

function callHook(hooks, name, args) {
  // expect: unsafe-dynamic-method
  return hooks[name](...args);
}

function callKnownHook(hooks, name, args) {
  if (!['prebuild', 'postbuild'].includes(name)) return undefined;
  return hooks[name](...args);
}

module.exports = { loadPlugin, loadBuiltin, readUserConfig, readDefaultConfig, readPluginManifest, matchFiles, matchExt, callHook, callKnownHook };
