'use strict';

const sax = require('sax');
const fs = require('fs');

function readFeed(xml, onItem) {
  const parser = sax.parser(true, { trim: true });
  let current = null;
  // expect: xxe
  parser.ondoctype = function (doctype) {
    current = { doctype };
  };
  parser.onopentag = function (node) {
    if (node.name === 'item') current = {};
  };
  parser.onclosetag = function (name) {
    if (name === 'item' && current) onItem(current);
  };
  parser.write(xml).close();
}

function streamFeed(file, onTitle) {
  const saxStream = sax.createStream(true);
  const entities = {};
  // expect: xxe
  saxStream.on('doctype', (dtd) => {
    for (const m of dtd.matchAll(/<!ENTITY\s+(\w+)\s+"([^"]*)"/g)) entities[m[1]] = m[2];
  });
  saxStream.on('text', (t) => onTitle(t.replace(/&(\w+);/g, (_, e) => entities[e] || '')));
  fs.createReadStream(file).pipe(saxStream);
}

class OpmlImporter {
  constructor() {
    this.parser = sax.parser(false, { lowercase: true });
    // expect: xxe
    this.parser.ondoctype = this.handleDoctype.bind(this);
    this.parser.onopentag = this.handleOpen.bind(this);
    this.outlines = [];
  }

  handleDoctype(dt) {
    this.dtd = dt;
  }

  handleOpen(node) {
    if (node.name === 'outline') this.outlines.push(node.attributes);
  }
}

function strictReader() {
  const stream = sax.createStream(true);
  const onDtd = (dt) => stream.emit('dtd-seen', dt);
  // expect: xxe
  stream.on('doctype', onDtd);
  return stream;
}

function safeReader() {
  const parser = sax.parser(true);
  parser.ondoctype = () => {
    throw new Error('DTDs are not accepted');
  };
  parser.ontext = (t) => t;
  return parser;
}

module.exports = { readFeed, streamFeed, OpmlImporter, strictReader, safeReader };
