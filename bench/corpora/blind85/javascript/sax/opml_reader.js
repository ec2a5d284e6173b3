const sax = require('sax');
const fs = require('fs');

function readOpml(xmlText) {
  const parser = sax.parser(true, { trim: true });
  const feeds = [];
  let doctype = null;
  parser.onopentag = (node) => {
    if (node.name === 'outline' && node.attributes.xmlUrl) {
      feeds.push({ title: node.attributes.text, url: node.attributes.xmlUrl });
    }
  };
  // expect: xxe
  parser.ondoctype = (dt) => { doctype = dt; expandEntities(parser, dt); };
  parser.write(xmlText).close();
  return { feeds, doctype };
}

function expandEntities(parser, dtd) {
  const re = /<!ENTITY\s+(\w+)\s+"([^"]*)">/g;
  let m;
  while ((m = re.exec(dtd)) !== null) {
    parser.ENTITIES[m[1]] = m[2];
  }
}

function streamOpml(path, onFeed) {
  const stream = sax.createStream(false, { lowercase: true });
  // expect: xxe
  stream.on('doctype', function (dt) {
    stream._parser.ENTITIES = Object.assign({}, stream._parser.ENTITIES, parseDtd(dt));
  });
  stream.on('opentag', (node) => {
    if (node.name === 'outline') onFeed(node.attributes.xmlurl);
  });
  fs.createReadStream(path).pipe(stream);
}

class OpmlImporter {
  constructor() {
    this.parser = sax.parser(true);
    this.parser.onerror = (e) => { this.error = e; };
    // expect: xxe
    this.parser.ondoctype = this.handleDoctype.bind(this);
  }
  handleDoctype(dt) {
    this.dtd = dt;
  }
}

function parseDtd(dtd) {
  return Object.fromEntries([...dtd.matchAll(/<!ENTITY\s+(\w+)\s+"([^"]*)">/g)].map((m) => [m[1], m[2]]));
}

function countOutlines(xmlText) {
  const parser = sax.parser(true);
  let n = 0;
  parser.onopentag = (node) => { if (node.name === 'outline') n += 1; };
  parser.write(xmlText).close();
  return n;
}

module.exports = { readOpml, streamOpml, OpmlImporter, countOutlines };
