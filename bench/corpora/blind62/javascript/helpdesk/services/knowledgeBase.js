const fs = require('fs');
const path = require('path');
const xpath = require('xpath');
const { DOMParser } = require('@xmldom/xmldom');

const KB_FILE = process.env.KB_FILE || path.join(__dirname, '..', 'data', 'kb.xml');

let cached = null;

function loadDoc() {
  if (!cached) {
    cached = new DOMParser().parseFromString(fs.readFileSync(KB_FILE, 'utf8'), 'text/xml');
  }
  return cached;
}

function toArticle(node) {
  return {
    id: node.getAttribute('id'),
    title: xpath.select1('string(title)', node),
    tag: node.getAttribute('tag'),
  };
}

function byTag(tag) {
  const doc = loadDoc();
  const expr = "//article[@tag='" + tag + "']";
  // expect: xpath-injection
  return xpath.select(expr, doc).map(toArticle);
}

function byTagSafe(tag) {
  const doc = loadDoc();
  return xpath
    .select('//article', doc)
    .filter((node) => node.getAttribute('tag') === tag)
    .map(toArticle);
}

function byId(id) {
  const n = Number.parseInt(id, 10);
  if (Number.isNaN(n)) return null;
  const node = xpath.select1(`//article[@id='${n}']`, loadDoc());
  return node ? toArticle(node) : null;
}

module.exports = { byTag, byTagSafe, byId };
