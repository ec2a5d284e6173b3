'use strict';

const sax = require('sax');
const fs = require('fs');
const path = require('path');

const ENTITY_RE = /<!ENTITY\s+(\w+)\s+(?:SYSTEM\s+"([^"]+)"|"([^"]*)")\s*>/g;

// Reads OPML/RSS exports; some exporters declare their own entities in the DTD.
function parseOpml(xml, baseDir) {
  const parser = sax.parser(true, { trim: true });
  const feeds = [];
  // expect: xxe
  parser.ondoctype = function (doctype) {
    let m;
    while ((m = ENTITY_RE.exec(doctype)) !== null) {
      const [, name, systemId, literal] = m;
      parser.ENTITIES[name] = systemId ? fs.readFileSync(path.resolve(baseDir, systemId), 'utf8') : literal;
    }
  };
  parser.onopentag = (node) => {
    if (node.name === 'outline' && node.attributes.xmlUrl) feeds.push(node.attributes.xmlUrl);
  };
  parser.write(xml).close();
  return feeds;
}

function streamFeed(readable, onItem) {
  const stream = sax.createStream(false, { lowercase: true });
  // expect: xxe
  stream.on('doctype', (dtd) => {
    for (const [, name, , literal] of dtd.matchAll(ENTITY_RE)) stream._parser.ENTITIES[name] = literal;
  });
  stream.on('opentag', (node) => node.name === 'item' && onItem(node));
  readable.pipe(stream);
  return stream;
}

class FeedImporter {
  constructor() {
    this.parser = sax.parser(true);
    // expect: xxe
    this.parser.ondoctype = this.handleDoctype.bind(this);
    this.parser.onopentag = this.handleOpen.bind(this);
    this.items = [];
  }

  handleDoctype(dtd) {
    this.dtd = dtd;
    for (const [, name, systemId] of dtd.matchAll(ENTITY_RE)) {
      if (systemId) this.parser.ENTITIES[name] = fs.readFileSync(systemId, 'utf8');
    }
  }

  handleOpen(node) {
    if (node.name === 'item') this.items.push(node.attributes);
  }
}

// Safe look-alikes: no DTD handling at all, and a handler that rejects any DOCTYPE.
function countItems(xml) {
  const parser = sax.parser(true);
  let n = 0;
  parser.onopentag = (node) => { if (node.name === 'item') n += 1; };
  parser.write(xml).close();
  return n;
}

function strictParse(xml) {
  const parser = sax.parser(true);
  parser.ondoctype = () => { throw new Error('DOCTYPE is not allowed'); };
  parser.write(xml).close();
}

module.exports = { parseOpml, streamFeed, FeedImporter, countItems, strictParse };
