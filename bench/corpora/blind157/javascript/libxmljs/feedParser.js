'use strict';

const fs = require('fs');
const https = require('https');
const libxml = require('libxmljs2');
const log = require('../lib/log');

const PARSE_OPTS = { noent: true, nocdata: true };
const SAFE_OPTS = { noent: false, nonet: true, noblanks: true };

function download(url) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

// Partner product feeds, fetched from URLs the partners register themselves.
async function importPartnerFeed(partner) {
  const xml = await download(partner.feedUrl);
  // expect: xxe
  const doc = libxml.parseXml(xml, { noent: true });
  return doc.find('//item').length;
}

async function importMarketplace(url) {
  const xml = await download(url);
  // expect: xxe
  const doc = libxml.parseXml(xml, PARSE_OPTS);
  return doc.root().name();
}

function importDropFolder(file) {
  const xml = fs.readFileSync(file, 'utf8');
  // expect: xxe
  return libxml.parseXml(xml, { noent: true, dtdvalid: true });
}

async function importPriceList(url) {
  const xml = await download(url);
  const doc = libxml.parseXml(xml, SAFE_OPTS);
  log.info('price list items', doc.find('//price').length);
  return doc;
}

function parseBuiltInSchema() {
  const xsd = fs.readFileSync(__dirname + '/schemas/feed.xsd', 'utf8');
  return libxml.parseXml(xsd);
}

module.exports = { importPartnerFeed, importMarketplace, importDropFolder, importPriceList, parseBuiltInSchema };
