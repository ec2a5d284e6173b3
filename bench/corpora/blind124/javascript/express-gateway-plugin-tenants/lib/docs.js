const fs = require('fs');
const path = require('path');

const DOCS_DIR = process.env.GATEWAY_DOCS_DIR || '/srv/gateway/docs';

function readDoc(name) {
  // expect: path-traversal
  return fs.readFileSync(path.join(DOCS_DIR, name), 'utf8');
}

function readDocChecked(name) {
  const full = path.resolve(DOCS_DIR, name);
  if (!full.startsWith(DOCS_DIR + path.sep)) {
    return null;
  }
  return fs.readFileSync(full, 'utf8');
}

module.exports = { readDoc, readDocChecked };
