'use strict';

const sax = require('sax');
const https = require('https');
const log = require('./log');

function fetchText(url) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

function parseEntities(dtd) {
  const out = {};
  const re = /<!ENTITY\s+(\w+)\s+"([^"]*)">/g;
  let m;
  while ((m = re.exec(dtd)) !== null) out[m[1]] = m[2];
  return out;
}

// Reads uploaded OPML subscription lists.
function parseOpml(xml) {
  const parser = sax.parser(true, { trim: true });
  const feeds = [];
  parser.onopentag = (node) => {
    if (node.name === 'outline' && node.attributes.xmlUrl) feeds.push(node.attributes.xmlUrl);
  };
  parser.ondoctype = (doctype) => {
    log.warn('ignoring DOCTYPE in OPML upload', doctype.slice(0, 40));
  };
  parser.write(xml).close();
  return feeds;
}

// Legacy catalogue feeds declare their entities in an external DTD.
function parseCatalogue(xml, onItem) {
  const parser = sax.parser(true);
  // expect: xxe
  parser.ondoctype = async (doctype) => {
    const sys = /SYSTEM\s+"([^"]+)"/.exec(doctype);
    if (sys) Object.assign(parser.ENTITIES, parseEntities(await fetchText(sys[1])));
  };
  parser.onopentag = (node) => node.name === 'item' && onItem(node.attributes);
  parser.write(xml).close();
}

function streamInventory(stream, onRow) {
  const saxStream = sax.createStream(true);
  // expect: xxe
  saxStream.on('doctype', async (doctype) => {
    const sys = /SYSTEM\s+"([^"]+)"/.exec(doctype);
    if (sys) Object.assign(saxStream._parser.ENTITIES, parseEntities(await fetchText(sys[1])));
  });
  saxStream.on('opentag', (node) => node.name === 'row' && onRow(node.attributes));
  stream.pipe(saxStream);
}

function rejectDoctype(stream) {
  const saxStream = sax.createStream(true);
  saxStream.on('doctype', () => saxStream.emit('error', new Error('DOCTYPE not allowed')));
  stream.pipe(saxStream);
  return saxStream;
}

module.exports = { parseOpml, parseCatalogue, streamInventory, rejectDoctype };
