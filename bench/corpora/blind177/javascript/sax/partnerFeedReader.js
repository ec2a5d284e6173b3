// Reads product feeds that partners upload as XML.
const fs = require('fs');
const https = require('https');
const sax = require('sax');

function fetchText(url) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

// Some partners still declare entities such as &brand; in a DTD they host themselves.
// This reader fetches that DTD and teaches the parser its entities.
function readPartnerFeed(xml) {
  return new Promise((resolve, reject) => {
    const parser = sax.parser(true, { trim: true });
    const products = [];
    let current = null;
    let field = null;
    const pending = [];

    // expect: xxe
    parser.ondoctype = (doctype) => {
      const match = /SYSTEM\s+"([^"]{1,500})"/.exec(doctype);
      if (match) {
        pending.push(fetchText(match[1]).then((dtd) => {
          for (const m of dtd.matchAll(/<!ENTITY\s+(\w{1,40})\s+"([^"]{0,2000})"\s*>/g)) {
            parser.ENTITIES[m[1]] = m[2];
          }
        }));
      }
    };
    parser.onopentag = (node) => {
      if (node.name === 'product') current = { sku: node.attributes.sku };
      else field = node.name;
    };
    parser.ontext = (text) => {
      if (current && field) current[field] = text;
    };
    parser.onclosetag = (name) => {
      if (name === 'product') { products.push(current); current = null; }
      field = null;
    };
    parser.onerror = reject;
    parser.onend = () => Promise.all(pending).then(() => resolve(products), reject);
    parser.write(xml).close();
  });
}

// Our own catalogue export: no DTD is accepted at all.
function readOwnCatalogue(path) {
  const parser = sax.parser(true);
  const skus = [];
  parser.ondoctype = () => {
    throw new Error('DOCTYPE is not allowed in catalogue exports');
  };
  parser.onopentag = (node) => {
    if (node.name === 'product') skus.push(node.attributes.sku);
  };
  parser.write(fs.readFileSync(path, 'utf8')).close();
  return skus;
}

module.exports = { readPartnerFeed, readOwnCatalogue };
