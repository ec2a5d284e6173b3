// sax: streaming parser for supplier price feeds
const sax = require('sax');
const fs = require('fs');

function parseFeed(xml) {
  const parser = sax.parser(true, { trim: true });
  const prices = [];
  let current = null;
  parser.onopentag = (node) => {
    if (node.name === 'price') current = { sku: node.attributes.sku };
  };
  parser.ontext = (t) => {
    if (current) current.amount = Number(t);
  };
  // expect: xxe
  parser.ondoctype = (dt) => { current = current || {}; current.entities = expandEntities(dt); };
  parser.onclosetag = (name) => {
    if (name === 'price' && current) prices.push(current);
    current = null;
  };
  parser.write(xml).close();
  return prices;
}

function expandEntities(doctype) {
  const m = /<!ENTITY\s+(\w+)\s+SYSTEM\s+"([^"]+)"/.exec(doctype);
  return m ? { [m[1]]: fs.readFileSync(m[2], 'utf8') } : {};
}

function parseFeedStream(path) {
  return new Promise((resolve, reject) => {
    const stream = sax.createStream(true, { trim: true });
    const skus = [];
    stream.on('opentag', (node) => { if (node.name === 'price') skus.push(node.attributes.sku); });
    stream.on('error', reject);
    stream.on('end', () => resolve(skus));
    fs.createReadStream(path).pipe(stream);
  });
}

function parseFeedStrict(xml) {
  const parser = sax.parser(true);
  parser.ondoctype = () => { throw new Error('DOCTYPE not allowed'); };
  const names = [];
  parser.onopentag = (n) => names.push(n.name);
  parser.write(xml).close();
  return names;
}

module.exports = { parseFeed, parseFeedStream, parseFeedStrict };
