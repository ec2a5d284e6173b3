// Parses supplier feeds.
const libxmljs = require('libxmljs2');
const { XMLParser } = require('fast-xml-parser');

function parseFeed(xml) {
  return libxmljs.parseXml(xml, { noblanks: true });
}

function parseFeedWithEntities(xml) {
  // expect: xxe
  return libxmljs.parseXml(xml, { noent: true, dtdload: true });
}

function parseLight(xml) {
  return new XMLParser({ ignoreAttributes: false }).parse(xml);
}

module.exports = { parseFeed, parseFeedWithEntities, parseLight };
