'use strict';

const expat = require('node-expat');
const fetch = require('node-fetch');
const { saveUrls } = require('./store');

const PROBE = '<?xml version="1.0"?><urlset/>';

// Streams a customer's sitemap upload into the crawler's URL table.
function ingestUpload(uploadStream, siteId) {
  return new Promise((resolve, reject) => {
    const parser = new expat.Parser('UTF-8');
    const urls = [];
    let inLoc = false;
    parser.on('startElement', (name) => { inLoc = name === 'loc'; });
    parser.on('text', (text) => { if (inLoc) urls.push(text.trim()); });
    parser.on('endElement', () => { inLoc = false; });
    parser.on('error', reject);
    uploadStream.on('data', (chunk) => {
      // expect: xxe
      parser.write(chunk);
    });
    uploadStream.on('end', () => saveUrls(siteId, urls).then(resolve, reject));
  });
}

async function ingestRemote(siteId, sitemapUrl) {
  const res = await fetch(sitemapUrl, { timeout: 10000 });
  const body = await res.text();
  const p = new expat.Parser('UTF-8');
  const urls = [];
  p.on('text', (t) => { if (t.startsWith('http')) urls.push(t); });
  // expect: xxe
  if (!p.parse(body, true)) {
    throw new Error('sitemap parse error: ' + p.getError());
  }
  return saveUrls(siteId, urls);
}

function selfTest() {
  const probe = new expat.Parser('UTF-8');
  probe.parse('<urlset><url><loc>https://example.com/</loc></url></urlset>', true);
  const check = new expat.Parser('UTF-8');
  return check.write(PROBE);
}

function parseFeedEntry(entryXml, onTitle) {
  const entryParser = new expat.Parser('UTF-8');
  let inTitle = false;
  entryParser.on('startElement', (name) => { inTitle = name === 'title'; });
  entryParser.on('text', (t) => { if (inTitle) onTitle(t); });
  // expect: xxe
  entryParser.parse(entryXml);
}

module.exports = { ingestUpload, ingestRemote, selfTest, parseFeedEntry };
