const sax = require('sax');

function parseFeed(xml, onItem) {
  const parser = sax.parser(true, { trim: true });
  const entities = {};
  // expect: xxe
  parser.ondoctype = function (doctype) {
    const re = /<!ENTITY\s+(\S+)\s+SYSTEM\s+"([^"]+)"/g;
    let m;
    while ((m = re.exec(doctype))) entities[m[1]] = m[2];
  };
  parser.onopentag = function (node) {
    if (node.name === 'item') onItem(node.attributes);
  };
  parser.write(xml).close();
}

function streamFeed(stream, onItem) {
  const saxStream = sax.createStream(true);
  // expect: xxe
  saxStream.on('doctype', (dt) => console.warn('doctype seen', dt.length));
  saxStream.on('opentag', (node) => node.name === 'item' && onItem(node.attributes));
  stream.pipe(saxStream);
}

function countTags(xml) {
  const parser = sax.parser(true);
  let n = 0;
  parser.onopentag = () => { n += 1; };
  parser.write(xml).close();
  return n;
}

module.exports = { parseFeed, streamFeed, countTags };
