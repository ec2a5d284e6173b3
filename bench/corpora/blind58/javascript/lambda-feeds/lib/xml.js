'use strict';

const libxmljs = require('libxmljs2');

function parseTrusted(xml) {
  return libxmljs.parseXml(xml, { noent: true, nonet: true });
}

function parseUntrusted(xml) {
  return libxmljs.parseXml(xml, { noent: false, nonet: true, dtdload: false });
}

function items(doc) {
  return doc.find('//item').map((node) => ({
    title: node.get('title')?.text() ?? '',
    link: node.get('link')?.text() ?? '',
  }));
}

module.exports = { parseTrusted, parseUntrusted, items };
