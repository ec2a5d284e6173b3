// library: Node fs / RegExp / escape-string-regexp
const fs = require('fs/promises');
const path = require('path');
const escapeStringRegexp = require('escape-string-regexp');

const DATA_DIR = path.resolve(__dirname, '..', 'data');

async function grep(file, term) {
  const text = await fs.readFile(path.join(DATA_DIR, path.basename(file)), 'utf8');
  const re = new RegExp(escapeStringRegexp(term), 'gi');
  return text.split('\n').filter((line) => re.test(line));
}

async function grepRaw(file, pattern) {
  const text = await fs.readFile(path.join(DATA_DIR, path.basename(file)), 'utf8');
  // expect: redos
  const re = new RegExp(pattern, 'gi');
  return text.split('\n').filter((line) => re.test(line));
}

async function readData(name) {
  const full = path.resolve(DATA_DIR, name);
  if (!full.startsWith(DATA_DIR + path.sep)) throw new Error('outside data dir');
  return fs.readFile(full, 'utf8');
}

async function readDataLegacy(name) {
  // expect: path-traversal
  return fs.readFile(path.join(DATA_DIR, name), 'utf8');
}

module.exports = { grep, grepRaw, readData, readDataLegacy };
