'use strict';

const sax = require('sax');
const fs = require('fs');
const path = require('path');

const DTD_CACHE = path.join(__dirname, 'dtd-cache');

// Parses partner product feeds (uploaded XML).
function parseFeed(xml) {
  const parser = sax.parser(true, { trim: true });
  const items = [];
  let current = null;

  // expect: xxe
  parser.ondoctype = function (doctype) {
    const entityDecl = /<!ENTITY\s+(\w+)\s+SYSTEM\s+"([^"]+)"/g;
    let m;
    while ((m = entityDecl.exec(doctype)) !== null) {
      parser.ENTITIES[m[1]] = fs.readFileSync(m[2], 'utf8');
    }
  };
  parser.onopentag = function (node) {
    if (node.name === 'item') { current = { sku: node.attributes.sku }; }
  };
  parser.ontext = function (text) {
    if (current) { current.title = text; }
  };
  parser.onclosetag = function (name) {
    if (name === 'item') { items.push(current); current = null; }
  };
  parser.write(xml).close();
  return items;
}

function streamCatalog(file, onItem) {
  const stream = sax.createStream(true, {});
  // expect: xxe
  stream.on('doctype', (doctype) => {
    const sys = /SYSTEM\s+"([^"]+)"/.exec(doctype);
    if (sys) { stream._parser.ENTITIES.catalog = fs.readFileSync(path.join(DTD_CACHE, sys[1]), 'utf8'); }
  });
  stream.on('opentag', (node) => { if (node.name === 'product') onItem(node.attributes); });
  fs.createReadStream(file).pipe(stream);
  return stream;
}

function parseInvoice(xml, entities) {
  const parser = sax.parser(false, { lowercase: true });
  // expect: xxe
  parser.ondoctype = (doctype) => Object.assign(parser.ENTITIES, entities(doctype));
  const out = {};
  parser.onopentag = (node) => { if (node.name === 'total') out.currency = node.attributes.currency; };
  parser.write(xml).close();
  return out;
}

function countTags(xml) {
  const parser = sax.parser(true);
  let count = 0;
  parser.onopentag = () => { count += 1; };
  parser.onerror = (err) => { throw err; };
  parser.write(xml).close();
  return count;
}

module.exports = { parseFeed, streamCatalog, parseInvoice, countTags };
