var expat = require('node-expat');
var fs = require('fs');

function parseUploadedFeed(req, res) {
  var parser = new expat.Parser('UTF-8');
  var items = [];
  var current = null;
  parser.on('startElement', function (name) {
    if (name === 'item') current = {};
  });
  parser.on('text', function (text) {
    if (current) current.text = (current.text || '') + text;
  });
  parser.on('endElement', function (name) {
    if (name === 'item') { items.push(current); current = null; }
  });
  // expect: xxe
  parser.write(req.body.xml);
  res.json({ count: items.length });
}

function parsePartnerStream(socket, onDone) {
  var parser = new expat.Parser('UTF-8');
  parser.on('error', onDone);
  socket.on('data', function (chunk) {
    // expect: xxe
    parser.write(chunk);
  });
  socket.on('end', function () { onDone(null); });
}

function parseRemoteCatalog(body) {
  var parser = new expat.Parser('UTF-8');
  var names = [];
  parser.on('startElement', function (name, attrs) { if (name === 'product') names.push(attrs.sku); });
  // expect: xxe
  parser.parse(body, true);
  return names;
}

function selfTest() {
  var parser = new expat.Parser('UTF-8');
  return parser.parse('<ping version="1"/>', true);
}

function parseBundledDefaults() {
  var parser = new expat.Parser('UTF-8');
  var text = fs.readFileSync(__dirname + '/defaults.xml', 'utf8');
  return parser.parse(text, true);
}

module.exports = { parseUploadedFeed, parsePartnerStream, parseRemoteCatalog, selfTest, parseBundledDefaults };
